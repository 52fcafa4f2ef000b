package com.assisto.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Payara admin listener as someone on the network meets it: it answers on the loopback
 * address only, and a production setup (config/setup-domain.sh without demo data) gives it a
 * password and secure admin, or refuses to run without the password file.
 */
class AdminListenerIT extends DeployedAssisto {

    private static final String ADDRESS_KEY =
            "configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address";

    @Test
    void theAdminListenerAnswersOnLoopbackAndRefusesEveryOtherAddress() throws IOException {
        int adminPort = Integer.getInteger("test.admin.port");
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), adminPort), 5_000);
        }
        List<InetAddress> remote = nonLoopbackAddresses();
        for (InetAddress address : remote) {
            assertThrows(
                    ConnectException.class,
                    () -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, adminPort), 5_000);
                        }
                    },
                    "the admin port is closed on " + address.getHostAddress());
        }
        if (remote.isEmpty()) {
            // a machine with loopback only cannot show the refusal: the configuration must say it
            assertEquals(
                    ADDRESS_KEY + "=127.0.0.1",
                    asadmin(adminPort, null, "get", ADDRESS_KEY).output().trim());
        }
    }

    @Test
    void aProductionSetupNeedsThePasswordFileAndLocksTheAdminDown() throws Exception {
        // a throwaway domain beside the test domain, on ports of its own
        int portBase = Integer.getInteger("test.port.base") + 500;
        int adminPort = portBase + 48;
        String domain = System.getProperty("test.domain") + "-production";
        Path workDir = Files.createTempDirectory("assisto-production-setup");
        Map<String, String> env = new HashMap<>(Map.of(
                "PAYARA_HOME", System.getProperty("payara.home"),
                "ASSISTO_DOMAIN", domain,
                "ASSISTO_PORT_BASE", Integer.toString(portBase),
                "ASSISTO_DB", "h2",
                "ASSISTO_ERP_INBOX", workDir.resolve("erp").toString()));

        Run refused = setupDomain(env);
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.output().contains("ASSISTO_PAYARA_ADMIN_PASSWORD_FILE"), refused.output());
        assertTrue(
                Files.notExists(Path.of(System.getProperty("payara.home"), "glassfish", "domains", domain)),
                "nothing is created before the check");

        Path passwordFile = workDir.resolve("admin-password");
        Files.writeString(passwordFile, "Pr0duction-admin\n");
        env.put("ASSISTO_PAYARA_ADMIN_PASSWORD_FILE", passwordFile.toString());
        try {
            Run setup = setupDomain(env);
            assertEquals(0, setup.exitCode(), setup.output());

            assertEquals(
                    ADDRESS_KEY + "=127.0.0.1",
                    asadmin(adminPort, "Pr0duction-admin", "get", ADDRESS_KEY)
                            .output()
                            .trim());
            assertEquals(
                    "secure-admin.enabled=true",
                    asadmin(adminPort, "Pr0duction-admin", "get", "secure-admin.enabled")
                            .output()
                            .trim());
            Run withoutPassword = asadmin(adminPort, "", "list-applications");
            assertNotEquals(0, withoutPassword.exitCode(), withoutPassword.output());
            assertTrue(
                    withoutPassword.output().contains("invalid user name and/or password"), withoutPassword.output());
        } finally {
            asadmin(adminPort, "Pr0duction-admin", "stop-domain", domain);
            asadmin(adminPort, null, "delete-domain", domain);
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface networkInterface : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (networkInterface.isUp() && !networkInterface.isLoopback()) {
                Collections.list(networkInterface.getInetAddresses()).stream()
                        .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }

    record Run(int exitCode, String output) {}

    private static Run setupDomain(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                "bash",
                Path.of(System.getProperty("test.config.dir"), "setup-domain.sh")
                        .toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("ASSISTO_"));
        builder.environment().putAll(env);
        return run(builder);
    }

    /** asadmin as user admin; a null password sends none, as on a domain without one. */
    private static Run asadmin(int adminPort, String password, String... command) {
        try {
            List<String> line = new ArrayList<>(List.of(
                    Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                    "--interactive=false",
                    "--port",
                    Integer.toString(adminPort),
                    "--user",
                    "admin"));
            if (password != null) {
                Path passwordFile = Files.createTempFile("asadmin", ".pw");
                Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=" + password + "\n");
                passwordFile.toFile().deleteOnExit();
                line.addAll(List.of("--passwordfile", passwordFile.toString()));
            }
            line.addAll(List.of(command));
            return run(new ProcessBuilder(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Run(process.waitFor(), output.replace("Command get executed successfully.", ""));
    }
}
