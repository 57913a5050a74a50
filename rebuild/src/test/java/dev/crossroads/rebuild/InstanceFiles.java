package dev.crossroads.rebuild;

import dev.crossroads.core.input.InputText;
import dev.crossroads.rebuild.rcpsp.PsplibReader;
import dev.crossroads.rebuild.rcpsp.RcpspInstance;
import dev.crossroads.rebuild.vrp.CvrplibReader;
import dev.crossroads.rebuild.vrp.SolomonReader;
import dev.crossroads.rebuild.vrp.VrpProblem;
import java.nio.file.Path;

/** Reference instance files for the tests: the readers parse text, the tests open the files. */
public final class InstanceFiles {
    private InstanceFiles() {}

    public static VrpProblem cvrplib(Path file) {
        return CvrplibReader.parse(file.getFileName().toString().replaceFirst("\\.vrp$", ""), InputText.read(file));
    }

    public static VrpProblem solomon(Path file) {
        return SolomonReader.parse(file.getFileName().toString().replaceFirst("\\.txt$", ""), InputText.read(file));
    }

    public static RcpspInstance psplib(Path file) {
        return PsplibReader.parse(
                file.getFileName().toString(), InputText.read(file).lines().toList());
    }
}
