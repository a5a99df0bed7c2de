package org.interchange.mapi.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.accounts.PasswordHasher;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.mail.DeliveryException;
import org.interchange.mapi.server.mail.MailboxDelivery;
import org.interchange.mapi.server.mail.MboxReader;
import org.interchange.mapi.server.store.H2MailboxStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code interchange-server import}: files .eml and .mbox messages into a user's Inbox, dated by
 * their Date header. A message that cannot be read is reported by its number and skipped.
 */
@Command(name = "import", description = "Imports .eml and .mbox files into a user's Inbox.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;
    @Option(names = "--user", required = true, description = "The user whose Inbox receives the mail.")
    String user;
    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".eml or .mbox files.")
    List<Path> files;

    private int imported;
    private int failed;

    @Override
    public Integer call() throws IOException {
        ServerConfig c = config.load();
        try (AccountDirectory accounts = AccountDirectory.openH2(c.dataDir(), PasswordHasher.standard());
                H2MailboxStore store = H2MailboxStore.open(c.dataDir())) {
            Account account = accounts.find(user).orElseThrow(() -> new IllegalArgumentException("no user " + user));
            MailboxDelivery delivery = new MailboxDelivery(accounts, store);
            for (Path file : files) {
                importFile(file, account, delivery, c.maxMessageBytes());
            }
        }
        spec.commandLine().getOut().println("imported " + imported + " message(s)" + (failed > 0 ? ", " + failed + " failed" : ""));
        return failed == 0 ? 0 : 2;
    }

    private void importFile(Path file, Account account, MailboxDelivery delivery, long maxBytes) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".eml")) {
            if (Files.size(file) > maxBytes) {
                report(file + ": larger than " + maxBytes + " bytes, skipped");
                return;
            }
            deliver(file.toString(), Files.readAllBytes(file), account, delivery);
        } else if (name.endsWith(".mbox") || name.endsWith(".mbx")) {
            int[] number = {0};
            try (InputStream in = Files.newInputStream(file)) {
                int skipped = new MboxReader(maxBytes).read(in,
                        message -> deliver(file + " message " + (++number[0]), message, account, delivery));
                for (int i = 0; i < skipped; i++) {
                    report(file + ": a message larger than " + maxBytes + " bytes was skipped");
                }
            }
        } else {
            report(file + ": not an .eml or .mbox file, skipped");
        }
    }

    private void deliver(String what, byte[] message, Account account, MailboxDelivery delivery) {
        try {
            delivery.importMessage(account, message, Instant.now());
            imported++;
        } catch (DeliveryException e) {
            report(what + ": " + e.getMessage());
        }
    }

    private void report(String problem) {
        failed++;
        spec.commandLine().getErr().println(problem);
    }
}
