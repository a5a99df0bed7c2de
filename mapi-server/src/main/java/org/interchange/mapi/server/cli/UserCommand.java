package org.interchange.mapi.server.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.interchange.mapi.server.accounts.Account;
import org.interchange.mapi.server.accounts.AccountDirectory;
import org.interchange.mapi.server.config.ServerConfig;
import org.interchange.mapi.server.runtime.ConfiguredAccounts;
import org.interchange.mapi.server.store.MailboxStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interchange-server user add|remove|passwd|list}: the server's accounts. */
@Command(name = "user", description = "Adds, removes and lists users and sets their passwords.",
        subcommands = {UserCommand.Add.class, UserCommand.Remove.class, UserCommand.Passwd.class, UserCommand.ListUsers.class})
final class UserCommand {

    /** Where a new password comes from. */
    static final class PasswordSource {
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from this file.")
        Path file;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean stdin;
    }

    @Command(name = "add", description = "Adds a user and creates the mailbox.")
    static final class Add extends AdminCommand {
        @Parameters(paramLabel = "NAME", description = "The login name.")
        String name;
        @Option(names = "--email", required = true, description = "The SMTP address.")
        String email;
        @Option(names = "--display-name", description = "The name shown in the address book (default: NAME).")
        String displayName;
        @ArgGroup(exclusive = true)
        PasswordSource password = new PasswordSource();

        @Override
        public Integer call() throws Exception {
            Account account = new Account(name, displayName == null ? name : displayName, email);
            char[] secret = PasswordInput.read(password.file, password.stdin, account.name());
            ServerConfig c = config.load();
            try (AccountDirectory accounts = ConfiguredAccounts.open(c);
                    MailboxStore store = MailboxStores.open(c)) {
                accounts.add(account, secret);
                if (store.findMailbox(account.name()).isEmpty()) {
                    store.createMailbox(account.name(), account.displayName(), account.emailAddress());
                }
            } finally {
                Arrays.fill(secret, ' ');
            }
            out().println("added " + account.name() + " <" + account.emailAddress() + ">");
            return 0;
        }
    }

    @Command(name = "remove", description = "Removes a user's account (the mailbox data stays until deleted).")
    static final class Remove extends AdminCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (AccountDirectory accounts = config.openAccounts()) {
                accounts.remove(name);
            }
            out().println("removed " + name);
            return 0;
        }
    }

    @Command(name = "passwd", description = "Sets a user's password.")
    static final class Passwd extends AdminCommand {
        @Parameters(paramLabel = "NAME")
        String name;
        @ArgGroup(exclusive = true)
        PasswordSource password = new PasswordSource();

        @Override
        public Integer call() throws Exception {
            char[] secret = PasswordInput.read(password.file, password.stdin, name);
            try (AccountDirectory accounts = config.openAccounts()) {
                accounts.setPassword(name, secret);
            } finally {
                Arrays.fill(secret, ' ');
            }
            out().println("password of " + name + " changed");
            return 0;
        }
    }

    @Command(name = "list", description = "Lists the users.")
    static final class ListUsers extends AdminCommand {

        @Override
        public Integer call() {
            try (AccountDirectory accounts = config.openAccounts()) {
                for (Account a : accounts.list()) {
                    out().printf("%-20s %-32s %s%n", a.name(), a.emailAddress(), a.displayName());
                }
            }
            return 0;
        }
    }
}
