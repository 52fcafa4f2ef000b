package com.assisto.erpsimulator;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the ERP simulator until SIGTERM: {@code java -jar erp-simulator.jar --password s3cret}. */
public final class Main {

    static final String PASSWORD_VARIABLE = "ERP_SIMULATOR_PASSWORD";

    private static final String USAGE = """
            usage: java -jar erp-simulator.jar [--port 8095] [--control-port 8096] [--user assisto]
                                               [--password P] [--company DEMO] [--seed-dir DIR]
              --port          WebAPI and SOAP port (0 = a free one)
              --control-port  control API port (0 = a free one)
              --password      the ERP user's password; without it, the environment variable %s
              --seed-dir      a folder of <resource>.json files (JSON arrays) to seed: %s
            """.formatted(PASSWORD_VARIABLE, Ledger.RESOURCES);

    private static final TypeReference<List<Map<String, Object>>> RECORDS = new TypeReference<>() {};

    private Main() {}

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        ErpSimulator simulator;
        try {
            simulator = start(args, System.getenv(PASSWORD_VARIABLE));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "erp-simulator-stop"));
        // the HTTP servers' threads keep the JVM running until SIGTERM runs the hook
        System.out.println("ERP simulator ready: WebAPI " + simulator.webApiUrl() + ", SOAP " + simulator.webApiUrl()
                + ErpSimulator.SOAP_PATH + "?wsdl, control " + simulator.controlUrl());
    }

    /** Starts a simulator from command-line options; the password option wins over {@code passwordFromEnv}. */
    static ErpSimulator start(String[] args, String passwordFromEnv) {
        int port = 8095;
        int controlPort = 8096;
        String user = "assisto";
        String password = passwordFromEnv;
        String company = "DEMO";
        Path seedDir = null;
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--port" -> port = port(option, value);
                case "--control-port" -> controlPort = port(option, value);
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--company" -> company = value;
                case "--seed-dir" -> seedDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("no password: give --password or set " + PASSWORD_VARIABLE);
        }
        ErpSimulator simulator =
                ErpSimulator.start(new ErpSimulator.Settings(port, controlPort, user, password, company));
        if (seedDir != null) {
            try {
                seed(simulator, seedDir);
            } catch (RuntimeException e) {
                simulator.close();
                throw e;
            }
        }
        return simulator;
    }

    private static void seed(ErpSimulator simulator, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--seed-dir " + dir + " is not a folder");
        }
        for (String resource : Ledger.RESOURCES) {
            Path file = dir.resolve(resource + ".json");
            if (Files.exists(file)) {
                try {
                    simulator.seed(resource, Json.MAPPER.readValue(file.toFile(), RECORDS));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + " as a JSON array of objects", e);
                }
            }
        }
    }

    private static int port(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a port number, not " + value);
        }
    }
}
