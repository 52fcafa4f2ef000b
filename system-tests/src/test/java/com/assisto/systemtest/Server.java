package com.assisto.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The test's Payara domain as ops see it: killed without warning, started again with asadmin. */
final class Server {

    private Server() {}

    private static Path domain() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("test.domain"));
    }

    /** Kills the server process at once, as a power cut or an OOM killer would: nothing shuts down cleanly. */
    static void kill() throws IOException, InterruptedException {
        long pid =
                Long.parseLong(Files.readString(domain().resolve("config/pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no server " + pid));
        server.destroyForcibly();
        server.onExit().join();
        Files.deleteIfExists(domain().resolve("config/pid"));
    }

    /** The server log's records from the given logger, at most the last {@code limit}: for a failing test's message. */
    static String logOf(String logger, int limit) throws IOException {
        List<String> records = new ArrayList<>();
        String current = null;
        for (String line : Files.readAllLines(domain().resolve("logs/server.log"))) {
            if (line.startsWith("[20")) {
                current = line.contains("[" + logger + "]") ? line : null;
                if (current != null) {
                    records.add(current);
                }
            } else if (current != null) {
                records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
            }
        }
        return String.join("\n", records.subList(Math.max(0, records.size() - limit), records.size()));
    }

    /** Starts the domain and waits until the application answers again. */
    static void start() throws IOException, InterruptedException {
        Process asadmin = new ProcessBuilder(
                        Path.of(System.getProperty("payara.home"), "bin", "asadmin")
                                .toString(),
                        "--interactive=false",
                        "start-domain",
                        System.getProperty("test.domain"))
                .redirectErrorStream(true)
                .start();
        String output = new String(asadmin.getInputStream().readAllBytes());
        if (asadmin.waitFor() != 0) {
            throw new IllegalStateException("start-domain failed: " + output);
        }
        // health turns UP once the EJB module is loaded; the web module follows, so wait for the API itself
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.as("admin").get("contract-types").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not come back within 3 minutes");
    }
}
