package plankg;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A local, throwaway Neo4j Community server (in-process, via neo4j-harness) for
 * tests and development. Started by scripts/neo4j-up.sh; stop with SIGTERM.
 *
 * <p>Options (all optional, "--key=value"):
 * <ul>
 *   <li>--work-dir=DIR   parent of the server's data folder (default .cache/neo4j/data).
 *       The harness creates a random sub-folder and deletes it on clean shutdown,
 *       so every start begins with an empty database.</li>
 *   <li>--uri-file=FILE  where to write the bolt URI once the server is ready
 *       (default .cache/neo4j/uri); removed again on shutdown.</li>
 *   <li>--host=ADDR      bolt listen/advertised address (default 127.0.0.1).</li>
 *   <li>--port=N         bolt port; 0 (default) picks a free one.</li>
 *   <li>--password=PW    password of user "neo4j" (default: env NEO4J_PASSWORD or
 *       "plankg-test-pw"); "--no-auth" disables authentication instead.</li>
 *   <li>--pagecache=SIZE page cache size, e.g. 256m (default 256m).</li>
 * </ul>
 *
 * <p>Cypher cannot reach the file system: file:/// URLs in LOAD CSV are refused and the
 * import directory is an empty folder in the work directory.
 */
public final class Neo4jLocal {
    private static final String DEFAULT_PASSWORD = "plankg-test-pw";

    private Neo4jLocal() {}

    public static void main(String[] args) {
        try {
            run(parse(args));
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            log("FAILED: " + t + (root != t ? " | root cause: " + root : ""));
            // Exit even if Neo4j left non-daemon threads; the hook closes a started server.
            System.exit(1);
        }
    }

    private static void run(Map<String, String> opts) throws Exception {
        Path workDir = Path.of(opts.getOrDefault("work-dir", ".cache/neo4j/data")).toAbsolutePath();
        Path uriFile = Path.of(opts.getOrDefault("uri-file", ".cache/neo4j/uri")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int requestedPort = Integer.parseInt(opts.getOrDefault("port", "0"));
        boolean auth = !opts.containsKey("no-auth");
        String envPw = System.getenv("NEO4J_PASSWORD");
        String password = opts.getOrDefault("password",
                envPw != null && !envPw.isEmpty() ? envPw : DEFAULT_PASSWORD);
        long pagecache = parseSize(opts.getOrDefault("pagecache", "256m"));

        Files.createDirectories(workDir);
        Path importDir = workDir.resolve("import-empty");
        Files.createDirectories(importDir);
        Files.deleteIfExists(uriFile);
        Instant t0 = Instant.now();

        // Registered before start so SIGTERM at any point closes whatever runs.
        AtomicReference<Neo4j> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                Files.deleteIfExists(uriFile);
            } catch (IOException ignored) {
                // best effort
            }
            Neo4j n = running.getAndSet(null);
            if (n != null) {
                try {
                    n.close();
                    log("stopped cleanly");
                } catch (RuntimeException e) {
                    log("error while stopping: " + e);
                }
            }
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        Neo4j server = null;
        int port = -1;
        RuntimeException lastFailure = null;
        // A port found free may be taken before Neo4j binds it: retry a few times.
        for (int attempt = 1; attempt <= (requestedPort == 0 ? 3 : 1) && server == null; attempt++) {
            port = requestedPort != 0 ? requestedPort : freePort(host);
            log("starting Neo4j on " + host + ":" + port + " (attempt " + attempt + ")");
            try {
                server = Neo4jBuilders.newInProcessBuilder(workDir)
                        .withDisabledServer() // no HTTP/HTTPS, bolt only
                        .withConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                        // advertised address is what a neo4j:// routing table hands back
                        .withConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                        .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                        .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                        .withConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                        .withConfig(GraphDatabaseSettings.udc_enabled, false)
                        // No file access from Cypher: LOAD CSV is a read clause, allowed in a
                        // READ session, so `plankg cypher "LOAD CSV FROM 'file:///etc/passwd' ..."`
                        // would read any file the server can. file:/// URLs are refused, and the
                        // import root is an empty folder inside the throwaway data directory.
                        .withConfig(GraphDatabaseSettings.allow_file_urls, false)
                        .withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                        // Faster stop: by default the bolt server waits 5 s per connector
                        // (after the databases are already checkpointed and closed).
                        .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time,
                                Duration.ofSeconds(1))
                        .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time,
                                Duration.ofSeconds(1))
                        .build();
            } catch (RuntimeException e) {
                lastFailure = e;
                log("start failed: " + e);
            }
        }
        if (server == null) {
            throw lastFailure;
        }
        final Neo4j neo4j = server;
        running.set(neo4j);

        if (auth) {
            // The harness only knows the default neo4j/neo4j (change required); set ours.
            neo4j.databaseManagementService()
                    .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED",
                            Map.of("pw", password));
        }

        URI bolt = neo4j.boltURI();
        String uri = "bolt://" + host + ":" + bolt.getPort();

        // Write atomically: readers that see the file see a ready server.
        Files.createDirectories(uriFile.getParent());
        Path tmp = uriFile.resolveSibling(uriFile.getFileName() + ".tmp");
        Files.writeString(tmp, uri + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, uriFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        log("ready: " + uri + " (auth " + (auth ? "enabled, user neo4j" : "disabled")
                + ", pagecache " + pagecache / (1024 * 1024) + "m, started in "
                + Duration.between(t0, Instant.now()).toMillis() + " ms, data in "
                + workDir + ")");
        stopped.await(); // until SIGTERM/SIGINT runs the shutdown hook
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static long parseSize(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        long mult = 1;
        if (v.endsWith("k")) {
            mult = 1L << 10;
        } else if (v.endsWith("m")) {
            mult = 1L << 20;
        } else if (v.endsWith("g")) {
            mult = 1L << 30;
        }
        if (mult != 1) {
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v) * mult;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            int eq = a.indexOf('=');
            if (eq < 0) {
                m.put(a.substring(2), "true");
            } else {
                m.put(a.substring(2, eq), a.substring(eq + 1));
            }
        }
        return m;
    }

    private static void log(String msg) {
        System.out.println("[neo4j-local " + Instant.now() + "] " + msg);
        System.out.flush();
    }
}
