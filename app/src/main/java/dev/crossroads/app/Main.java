package dev.crossroads.app;

import dev.crossroads.app.cli.CrossroadsCommand;

/** Entry point of the {@code crossroads} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(CrossroadsCommand.run(args, System.out, System.err));
    }
}
