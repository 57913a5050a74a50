package dev.crossroads.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.core.pack.TestPacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security by default: loopback without a token, a token everywhere else, no foreign Host names. */
class SecurityTest {
    static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    Path tmp;

    private TestServer withToken(String bind) {
        ServerConfig c = new ServerConfig(bind, 0, Optional.of(TOKEN), ServerConfig.DEFAULT_MAX_BODY_BYTES, 1, 4);
        return new TestServer(TestPacks.minimal(), "jdbc:sqlite:" + tmp.resolve("s.db"), c, List.of());
    }

    @Test
    void beyondLoopbackATokenIsRequired() {
        assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 7070, Optional.empty(), 1 << 20, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a bearer token");
        assertThatThrownBy(() -> new ServerConfig("192.168.1.5", 7070, Optional.of("short"), 1 << 20, 1, 1))
                .hasMessageContaining("at least 16 characters");
        assertThat(ServerConfig.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServerConfig.isLoopback("::1")).isTrue();
        assertThat(ServerConfig.isLoopback("localhost")).isTrue();
        assertThat(ServerConfig.isLoopback("0.0.0.0")).isFalse();
        assertThat(ServerConfig.isLoopback("10.0.0.1")).isFalse();
        assertThat(ServerConfig.isLoopback("example.org")).isFalse();
    }

    @Test
    void withATokenEveryRequestNeedsIt() {
        try (TestServer s = withToken("0.0.0.0")) {
            for (String p : List.of("/api/health", "/api/pack", "/", "/js/overview.js", "/api/openapi.json")) {
                HttpResponse<String> r = s.get(p);
                ApiContract.assertError(r, 401, "Authorization: Bearer");
                assertThat(r.headers().firstValue("WWW-Authenticate")).as(p).isPresent();
            }
            ApiContract.assertError(
                    s.send(s.request("/api/pack").header("Authorization", "Bearer wrong-token-0123456789")),
                    401,
                    "needs its token");
            assertThat(s.send(s.request("/api/pack").header("Authorization", "Bearer " + TOKEN))
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void thePrintedUrlSetsACookieAndDropsTheTokenFromTheAddress() {
        try (TestServer s = withToken("127.0.0.1")) {
            assertThat(s.server.url()).endsWith("/?token=" + TOKEN);
            HttpResponse<String> r = s.get("/?token=" + TOKEN);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValue("/");
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie)
                    .contains("HttpOnly")
                    .contains("SameSite=Strict")
                    .startsWith(Security.COOKIE + "=" + TOKEN);
            HttpResponse<String> page = s.send(s.request("/").header("Cookie", Security.COOKIE + "=" + TOKEN));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Overview");
        }
    }

    @Test
    void aLoopbackServerRefusesForeignHostNames() throws IOException {
        try (TestServer s = TestServer.sqlite(TestPacks.minimal(), tmp, List.of())) {
            assertThat(rawStatus(s.port, "evil.example")).startsWith("HTTP/1.1 403");
            assertThat(rawStatus(s.port, "localhost:" + s.port)).startsWith("HTTP/1.1 200");
            assertThat(rawStatus(s.port, "127.0.0.1:" + s.port)).startsWith("HTTP/1.1 200");
        }
    }

    /** java.net.http does not let a client set Host, so this speaks HTTP/1.1 over a socket. */
    private static String rawStatus(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse("");
        }
    }
}
