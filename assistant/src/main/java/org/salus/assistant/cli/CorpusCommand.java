package org.salus.assistant.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./salus corpus}: getting real public content into the library (today {@code fetch medlineplus}). */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Manage the library's public sources.",
                "  ./salus corpus fetch medlineplus [--language en|es] [--from FILE] [--data-dir DIR]"},
        subcommands = CorpusFetchCommand.class)
final class CorpusCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: fetch");
    }
}
