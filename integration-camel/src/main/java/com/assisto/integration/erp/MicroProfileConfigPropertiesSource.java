package com.assisto.integration.erp;

import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Lets routes use {@code {{erp.customers.inbox}}} placeholders resolved by MicroProfile Config,
 * so ops set folders and endpoints as system properties, environment variables or config files.
 */
class MicroProfileConfigPropertiesSource implements PropertiesSource {

    @Override
    public String getName() {
        return "microprofile-config";
    }

    @Override
    public String getProperty(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null);
    }
}
