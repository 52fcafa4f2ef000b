import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline of bench/erp-outbound.sh: how fast a plain java.net.http client delivers, on this
 * machine and in the same run, the same documents to the same ERP simulator: each line of the
 * input file is {@code KEY<TAB>JSON} (the body exactly as the simulator received it from Assisto),
 * posted to {@code /webapi/risorse/documenti/da-fatturare} with the headers Assisto sends
 * (Authorization: Passepartout, Coordinate-Gestionale, Idempotency-Key, Content-Type), five calls at
 * once as Mexal allows, over HTTP/1.1 keep-alive connections. The warm-up file is posted first,
 * then the simulator is reset through its control API, then the timed file is posted.
 *   ERP_PASSWORD=... java bench/ErpPost.java WEBAPI_URL CONTROL_URL USER COMPANY CONCURRENCY WARMUP_FILE FILE
 * prints: DOCUMENTS SECONDS (and the answers by status on stderr, -429 counting the calls
 * refused as too many at once and made again); exits 1 unless every timed document was answered 201.
 */
public class ErpPost {

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: ERP_PASSWORD=... java ErpPost.java WEBAPI_URL CONTROL_URL USER COMPANY"
                    + " CONCURRENCY WARMUP_FILE FILE");
            System.exit(2);
        }
        String password = System.getenv("ERP_PASSWORD");
        if (password == null || password.isBlank()) {
            System.err.println("set ERP_PASSWORD");
            System.exit(2);
        }
        URI target = URI.create(args[0].replaceAll("/+$", "") + "/webapi/risorse/documenti/da-fatturare");
        String control = args[1].replaceAll("/+$", "");
        String authorization = "Passepartout "
                + Base64.getEncoder().encodeToString((args[2] + ":" + password).getBytes(StandardCharsets.UTF_8));
        String coordinates = "Azienda=" + args[3] + " Anno=" + Year.now() + " Magazzino=1";
        int concurrency = Integer.parseInt(args[4]);

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ExecutorService calls = Executors.newFixedThreadPool(concurrency);
        try {
            List<String[]> warmup = read(Path.of(args[5]));
            if (!warmup.isEmpty()) {
                post(client, calls, target, authorization, coordinates, warmup);
                HttpResponse<String> reset = client.send(
                        HttpRequest.newBuilder(URI.create(control + "/control/reset"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reset.statusCode() != 204) {
                    throw new IllegalStateException("control/reset answered " + reset.statusCode());
                }
            }
            List<String[]> documents = read(Path.of(args[6]));
            long started = System.nanoTime();
            Map<Integer, Integer> answers = post(client, calls, target, authorization, coordinates, documents);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.println("answers by HTTP status: " + answers);
            System.out.printf("%d %.3f%n", documents.size(), seconds);
            if (answers.getOrDefault(201, 0) != documents.size()) {
                System.exit(1);
            }
        } finally {
            calls.shutdownNow();
        }
    }

    private static List<String[]> read(Path file) throws IOException {
        List<String[]> documents = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                int tab = line.indexOf('\t');
                documents.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
        }
        return documents;
    }

    /** Posts every document, at most {@code calls}' threads at once; answers the count by HTTP status. */
    private static Map<Integer, Integer> post(
            HttpClient client,
            ExecutorService calls,
            URI target,
            String authorization,
            String coordinates,
            List<String[]> documents)
            throws Exception {
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        int threads = ((java.util.concurrent.ThreadPoolExecutor) calls).getCorePoolSize();
        for (int t = 0; t < threads; t++) {
            workers.add(calls.submit(() -> {
                for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                    String[] document = documents.get(i);
                    HttpRequest request = HttpRequest.newBuilder(target)
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", authorization)
                            .header("Coordinate-Gestionale", coordinates)
                            .header("Idempotency-Key", document[0])
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(document[1], StandardCharsets.UTF_8))
                            .build();
                    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    // "too many calls at once": the simulator counts a call in flight until its
                    // handler returns, a little after the client has the answer and sends the next
                    // one; tried again at once (Assisto redelivers it a second later)
                    for (int retry = 0; answer.statusCode() == 429 && retry < 20; retry++) {
                        answers.merge(-429, 1, Integer::sum);
                        answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    }
                    answers.merge(answer.statusCode(), 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return answers;
    }
}
