package dev.crossroads.app.cli;

/** Output formats shared by the commands. */
public enum Format {
    TABLE,
    JSON,
    CSV
}
