package com.assisto.integration.erp.mexal;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How Mexal's WebAPI wants to be called: {@code Authorization: Passepartout base64(user:password)}
 * and {@code Coordinate-Gestionale: Azienda=… Anno=… Magazzino=…} on every call. The settings are
 * {@code erp.webapi.url}, {@code erp.webapi.user}, {@code erp.webapi.password} (give it as a
 * Payara password alias, never in a file), {@code erp.webapi.company} and {@code erp.webapi.warehouse}.
 */
public final class MexalWebApi {

    private MexalWebApi() {}

    public static String url() {
        return config().getValue("erp.webapi.url", String.class).replaceAll("/+$", "");
    }

    /** The headers every call carries. */
    public static Map<String, String> headers() {
        Config config = config();
        String user = config.getValue("erp.webapi.user", String.class);
        String password = config.getValue("erp.webapi.password", String.class);
        String company = config.getValue("erp.webapi.company", String.class);
        String warehouse =
                config.getOptionalValue("erp.webapi.warehouse", String.class).orElse("1");
        return Map.of(
                "Authorization",
                "Passepartout "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
                "Coordinate-Gestionale",
                "Azienda=" + company + " Anno=" + Year.now() + " Magazzino=" + warehouse);
    }

    /** At most this many calls at once: Mexal serves five per user. */
    public static int maxConcurrentCalls() {
        return Math.min(
                5,
                config().getOptionalValue("erp.webapi.max-concurrent-calls", Integer.class)
                        .orElse(5));
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
