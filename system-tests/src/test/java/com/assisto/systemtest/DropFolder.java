package com.assisto.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** An inbound flow's drop folder of the test domain, as the ERP uses it. */
final class DropFolder {

    private final Path inbox;

    private DropFolder(Path inbox) {
        this.inbox = inbox;
    }

    /** The folder of the flow, named as its settings are ({@code stock}, {@code open-items}). */
    static DropFolder of(String flow) {
        return new DropFolder(Path.of(System.getProperty("test.erp.inbox"), flow));
    }

    /**
     * Writes the file whole (as a part, then renamed, as an ERP should) and waits for the report
     * the route writes beside the archived file; the report's text.
     */
    String drop(String name, String content) throws IOException, InterruptedException {
        Files.createDirectories(inbox);
        Path part = inbox.resolve(name + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        Files.move(part, inbox.resolve(name));
        Path done = inbox.resolve("done");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(done)) {
                List<Path> reports;
                try (Stream<Path> files = Files.list(done)) {
                    // archived as <when>-<name>
                    reports = files.filter(file -> file.getFileName().toString().endsWith("-" + name + ".report.txt"))
                            .toList();
                }
                if (!reports.isEmpty()) {
                    Thread.sleep(200); // written whole by now: the archive move comes after it
                    return Files.readString(reports.get(0));
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no report for " + name + " in " + done);
    }

    /** The exchange a report names. */
    static long exchangeId(String report) {
        return Long.parseLong(report.replaceAll("(?s).*exchange (\\d+).*", "$1"));
    }
}
