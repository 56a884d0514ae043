package org.salus.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.salus.assistant.cli.Commands;
import org.springframework.boot.SpringApplication;

/**
 * Entry point of the {@code ./salus} launcher: {@code serve} (the default) starts the web app; the other
 * subcommands run without starting a server.
 */
public final class Salus {

    private Salus() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
        String[] rest = args.length == 0 || args[0].startsWith("-") ? args : Arrays.copyOfRange(args, 1, args.length);
        if (command.equals("serve") && !Arrays.asList(rest).contains("--help") && !Arrays.asList(rest).contains("-h")) {
            SpringApplication.run(SalusApplication.class, springArguments(rest));
            return;
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            command = "help";
        }
        System.exit(Commands.run(command, rest));
    }

    /** Maps the launcher's {@code --port} and {@code --data-dir} onto Spring properties; passes the rest on. */
    static String[] springArguments(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--port") || a.equals("--data-dir")) && i + 1 < args.length) {
                out.add((a.equals("--port") ? "--server.port=" : "--salus.data-dir=") + args[++i]);
            } else if (a.startsWith("--port=")) {
                out.add("--server.port=" + a.substring(7));
            } else if (a.startsWith("--data-dir=")) {
                out.add("--salus.data-dir=" + a.substring(11));
            } else {
                out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }
}
