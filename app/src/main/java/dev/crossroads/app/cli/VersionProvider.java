package dev.crossroads.app.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest or the build's properties. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
        var props = new java.util.Properties();
        try (var in = VersionProvider.class.getResourceAsStream("/crossroads-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return new String[] {
            "crossroads " + props.getProperty("version", "dev"), "Java " + System.getProperty("java.version")
        };
    }
}
