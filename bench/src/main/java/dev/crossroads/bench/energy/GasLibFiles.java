package dev.crossroads.bench.energy;

import dev.crossroads.core.input.InputException;
import dev.crossroads.core.input.InputText;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.gaslib.GasLibImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens GasLib files for {@link GasLibImport}, which parses text and streams only: a morgen {@code GasLibN.net}
 * (with {@code GasLibN/training.ini} beside it), a GasLib XML {@code .net} (with its {@code .scn} beside it) or a
 * GasLib {@code .zip}. Used by the benchmarks and the {@code energy gaslib} command.
 */
public final class GasLibFiles {
    private GasLibFiles() {}

    /**
     * The network in {@code file} with its boundary data for {@code year}.
     *
     * @throws EnergyException naming the file when it is missing, unreadable or not a GasLib network
     */
    public static GasNetwork read(Path file, int year) {
        if (!Files.isRegularFile(file)) {
            throw new EnergyException(
                    "no GasLib file at " + file + ": give a morgen GasLibN.net, a GasLib XML .net or a GasLib .zip");
        }
        try {
            String name = file.getFileName().toString();
            if (name.endsWith(".zip")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return GasLibImport.readZip(file.toString(), name.replaceAll("\\.zip$", ""), in, year);
                }
            }
            String text = InputText.read(file);
            String base = name.replaceAll("\\.net$", "");
            if (GasLibImport.isXml(text)) {
                Path scn = file.resolveSibling(base + ".scn");
                return GasLibImport.readXml(base, text, Files.isRegularFile(scn) ? InputText.read(scn) : null, year);
            }
            Path ini = file.resolveSibling(base).resolve("training.ini");
            return GasLibImport.readMorgen(base, text, Files.isRegularFile(ini) ? InputText.read(ini) : "", year);
        } catch (IOException e) {
            throw new EnergyException("cannot read " + file + ": " + e.getMessage());
        } catch (InputException e) {
            throw new EnergyException(e.getMessage());
        } catch (NumberFormatException e) {
            throw new EnergyException(
                    file + ": not a GasLib network: a number cannot be read (" + e.getMessage() + ")");
        }
    }
}
