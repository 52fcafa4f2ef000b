package com.assisto.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client logged in as one user (or anonymous), speaking JSON. */
final class Api {

    /** Reads amounts exactly as sent: 360.00 stays 360.00. */
    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;
    private final String base;

    private Api(String authorization, String base) {
        this.authorization = authorization;
        this.base = base;
    }

    private Api(String authorization) {
        this(authorization, DeployedAssisto.BASE_URL);
    }

    /** The same user on another server (an instance of the cluster, its load balancer). */
    Api at(String baseUrl) {
        return new Api(authorization, baseUrl);
    }

    static Api as(String user, String password) {
        return new Api("Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A demo user, whose password is the user name. */
    static Api as(String demoUser) {
        return as(demoUser, demoUser);
    }

    static Api anonymous() {
        return new Api(null);
    }

    /** A response: status, content type and body parsed as JSON where there is one. */
    record Reply(int status, String contentType, String body, HttpResponse<byte[]> raw) {

        static Reply of(Download download) {
            return new Reply(
                    download.status(),
                    download.contentType(),
                    new String(download.bytes(), StandardCharsets.UTF_8),
                    download.raw());
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    /** A POST with one more header, such as the ERP's {@code Idempotency-Key}. */
    Reply post(String path, Object body, String header, String value) {
        return send("POST", path, body, header, value);
    }

    Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** A binary download: status, content type and bytes. */
    record Download(int status, String contentType, byte[] bytes, HttpResponse<byte[]> raw) {}

    Download download(String path) {
        return exchange(
                HttpRequest.newBuilder(URI.create(base + "api/" + path)).GET().header("Accept", "*/*"));
    }

    /** Sends raw bytes, as a file upload does. */
    Reply upload(String path, byte[] content, String contentType) {
        return Reply.of(exchange(HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")));
    }

    private Download exchange(HttpRequest.Builder request) {
        try {
            request.timeout(Duration.ofSeconds(60));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply send(String method, String path, Object body) {
        return send(method, path, body, null, null);
    }

    private Reply send(String method, String path, Object body, String header, String value) {
        String json;
        try {
            json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (header != null) {
            request.header(header, value);
        }
        return Reply.of(exchange(request));
    }
}
