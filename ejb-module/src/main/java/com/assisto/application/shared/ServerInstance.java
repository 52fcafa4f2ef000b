package com.assisto.application.shared;

/** Which server instance this is: Payara's instance name, "server" on a single server (the DAS). */
public final class ServerInstance {

    private ServerInstance() {}

    public static String name() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }
}
