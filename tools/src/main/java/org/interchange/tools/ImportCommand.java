package org.interchange.tools;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.interchange.mapi.objects.KnownNamedProperties;
import org.interchange.mapi.objects.convert.ItemError;
import org.interchange.mapi.objects.convert.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reads .mbox, .eml, .ics and .vcf files into message objects and reports what converted and what
 * did not, item by item; a malformed item never stops the rest. Writing the items into a server
 * folder needs the client library's write API, which mapi-client does not offer yet, so for now the
 * command runs as a check (--check) and says so otherwise.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read mbox, eml, ics and vcf files and report every item that converts or fails.")
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--check", description = "Only read and convert the files; report counts and errors.")
    boolean check;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone for floating times and all-day dates (default: UTC).")
    ZoneId zone;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import (.mbox, .eml, .ics, .vcf).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        if (!check) {
            err().println("interchange-tools: importing into a server folder needs the mapi-client write API, "
                    + "which is not available yet; run with --check to convert the files without writing");
            return 2;
        }
        int items = 0;
        int errors = 0;
        for (Path file : files) {
            ReadResult result;
            try {
                result = FileImport.read(file, KnownNamedProperties.offline(), zone);
            } catch (java.io.IOException e) {
                result = new ReadResult(List.of(), List.of(new ItemError(file.toString(), "cannot read the file: "
                        + e.getMessage())));
            }
            for (ItemError e : result.errors()) {
                err().println("error: " + e);
            }
            out().println(file.getFileName() + ": " + result.items().size() + " items, " + result.errors().size()
                    + " errors");
            items += result.items().size();
            errors += result.errors().size();
        }
        out().println("total: " + items + " items converted, " + errors + " failed");
        return errors == 0 ? 0 : 1;
    }
}
