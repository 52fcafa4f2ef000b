package com.assisto.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployment group the cluster tests stand up with config/setup-cluster.sh (prepare-cluster.sh):
 * its instances, their own addresses, the load balancer's, and the instances' processes, which a
 * test kills and starts as a failure and an operator would.
 */
final class Cluster {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The load balancer in front of the group. */
    static final String LB_URL = System.getProperty("test.cluster.lb.url");

    private Cluster() {}

    /** Each instance's name and its own base URL (…/assisto/), in the group's order. */
    static Map<String, String> instances() {
        Map<String, String> instances = new LinkedHashMap<>();
        for (String entry : System.getProperty("test.cluster.instances").split(",")) {
            String[] nameAndUrl = entry.split("=", 2);
            instances.put(nameAndUrl[0], nameAndUrl[1]);
        }
        return instances;
    }

    static String url(String instance) {
        return instances().get(instance);
    }

    static String other(String instance) {
        return instances().keySet().stream()
                .filter(name -> !name.equals(instance))
                .findFirst()
                .orElseThrow();
    }

    /** Kills the instance's JVM outright (SIGKILL): no shutdown hook, no clean leave of the grid. */
    static void kill(String instance) throws IOException, InterruptedException {
        long pid = pid(instance);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        process.destroyForcibly();
        process.onExit().join();
    }

    /** Starts the instance and waits until its /health/ready answers 200. */
    static void start(String instance) throws IOException, InterruptedException {
        asadmin("start-instance", instance);
        long deadline = System.currentTimeMillis() + 240_000;
        while (!ready(instance)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(instance + " did not become ready");
            }
            Thread.sleep(1000);
        }
    }

    /** Ready as the load balancer sees it: /health/ready answers 200 before the application runs. */
    static boolean ready(String instance) {
        return status(url(instance).replaceFirst("assisto/$", "health/ready")) == 200
                && status(url(instance) + "login.xhtml") == 200;
    }

    /** The status of a GET without credentials, or 0 when nothing answers. */
    static int status(String url) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Runs one of the system tests' cluster scripts (prepare-cluster.sh, stop-cluster.sh), its output shown. */
    static void script(String name) throws IOException, InterruptedException {
        java.io.File log = new java.io.File(System.getProperty("test.cluster.log"));
        log.getParentFile().mkdirs();
        Process process = new ProcessBuilder("bash", System.getProperty("test.cluster.scripts") + "/" + name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        if (process.waitFor() != 0) {
            throw new AssertionError(name + " failed; see " + log);
        }
    }

    private static long pid(String instance) throws IOException, InterruptedException {
        // Name Host Port Pid Cluster State
        for (String line : asadmin("list-instances", "--long=true").split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 3 && columns[0].equals(instance)) {
                return Long.parseLong(columns[3]);
            }
        }
        throw new AssertionError("instance " + instance + " has no process");
    }

    private static String asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                System.getProperty("payara.home") + "/bin/asadmin",
                "--interactive=false",
                "--port",
                System.getProperty("test.admin.port"),
                "--user",
                "admin"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError("asadmin " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }
}
