package com.assisto.erpsimulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One simulator for a test class, forgotten and back up before each test. */
abstract class RunningSimulator {

    static ErpSimulator simulator;
    static WebApiClient client;

    @BeforeAll
    static void start() {
        simulator = WebApiClient.startSimulator();
        client = new WebApiClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }
}
