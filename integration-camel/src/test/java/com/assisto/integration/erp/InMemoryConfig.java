package com.assisto.integration.erp;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * MicroProfile Config kept in a map, for route tests that run without a server: routes read
 * their settings through {@code ConfigProvider.getConfig()}, which the server implements, and no
 * implementation is on the test class path.
 */
public final class InMemoryConfig implements Config {

    private static final Map<Class<?>, Function<String, ?>> CONVERTERS = Map.of(
            String.class, Function.identity(),
            Integer.class, Integer::valueOf,
            Long.class, Long::valueOf,
            Boolean.class, Boolean::valueOf);

    private final Map<String, String> values;

    private InMemoryConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** From now on {@code ConfigProvider.getConfig()} answers these values, whatever the class loader. */
    public static void install(Map<String, String> values) {
        ConfigProviderResolver.setInstance(new Resolver(new InMemoryConfig(values)));
    }

    /** Forgets the values, so that no other test reads them by accident. */
    public static void uninstall() {
        ConfigProviderResolver.setInstance(null);
    }

    @Override
    public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name + " is not set"));
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        return Optional.ofNullable(values.get(name)).map(value -> convert(value, type));
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return CONVERTERS.containsKey(type) ? Optional.of(value -> convert(value, type)) : Optional.empty();
    }

    @Override
    public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException("routes read values, not their sources");
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        throw new UnsupportedOperationException("routes read values, not their sources");
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new IllegalArgumentException("an in-memory config is no " + type.getName());
    }

    private static <T> T convert(String value, Class<T> type) {
        Function<String, ?> converter = CONVERTERS.get(type);
        if (converter == null) {
            throw new IllegalArgumentException("no converter to " + type.getName() + " in the test config");
        }
        return type.cast(converter.apply(value));
    }

    private static final class Resolver extends ConfigProviderResolver {

        private final Config config;

        Resolver(Config config) {
            this.config = config;
        }

        @Override
        public Config getConfig() {
            return config;
        }

        @Override
        public Config getConfig(ClassLoader loader) {
            return config;
        }

        @Override
        public ConfigBuilder getBuilder() {
            throw new UnsupportedOperationException("tests install their values whole");
        }

        @Override
        public void registerConfig(Config other, ClassLoader loader) {
            throw new UnsupportedOperationException("tests install their values whole");
        }

        @Override
        public void releaseConfig(Config released) {
            // nothing is held beyond the values themselves
        }
    }
}
