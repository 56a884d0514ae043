package org.salus.assistant.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The launcher's subcommands other than the server, with their help texts. */
@Command(name = "salus", mixinStandardHelpOptions = true, version = "Salus 0.1.0",
        description = {"Salus: an open health-information assistant with safety guardrails.", "",
                "Usage: ./salus [serve] [--port N] [--data-dir DIR] [--name=value …]",
                "       ./salus ingest|search|redact|eval|corpus|review … (see ./salus COMMAND --help)"},
        subcommands = {Commands.Serve.class, IngestCommand.class, SearchCommand.class, RedactCommand.class,
                EvalCommand.class, CorpusCommand.class, ReviewCommand.class})
public final class Commands implements Runnable {

    private Commands() {
    }

    public static int run(String command, String[] args) {
        quietLibraries();
        CommandLine cli = new CommandLine(new Commands());
        if (command.equals("help")) {
            cli.usage(System.out);
            return 0;
        }
        if (!cli.getSubcommands().containsKey(command)) {
            System.err.println("Unknown command '" + command + "'.");
            cli.usage(System.err);
            return 2;
        }
        String[] full = new String[args.length + 1];
        full[0] = command;
        System.arraycopy(args, 0, full, 1, args.length);
        return cli.execute(full);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Command output is for people: library chatter (GPU probes, vector API notices) stays out of it. */
    private static void quietLibraries() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.WARNING);
    }

    /** Documents {@code serve}; the launcher starts the server itself. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Start the web app and API (the default command). Prints 'Salus ready on http://HOST:PORT' when ready.",
                    "Any Spring Boot property may follow as --name=value, e.g. --salus.llm.provider=ollama --salus.llm.model=llama3.1.",
                    "On first start with an empty data directory, the built-in starter corpus (demo content) is indexed."})
    static final class Serve implements Runnable {
        @Option(names = "--port", description = "HTTP port (default: $SERVER_PORT or 8080)")
        Integer port;

        @Option(names = "--data-dir", description = "Data directory (default: $SALUS_DATA_DIR or ./data)")
        String dataDir;

        @Override
        public void run() {
            new CommandLine(this).usage(System.out);
        }
    }
}
