package no.helhet.outreach;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * One token bucket per client address (Bucket4j), in this node's memory: with two nodes a client
 * may send up to twice the limit. The least recently seen clients are forgotten beyond
 * {@code clientsRemembered}, so memory stays bounded.
 */
@Component
class PublicFormRateLimit {

    private final PublicFormProperties properties;
    private final Map<String, Bucket> buckets;

    PublicFormRateLimit(PublicFormProperties properties) {
        this.properties = properties;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > properties.clientsRemembered();
            }
        };
    }

    /** Takes one submission from the client's allowance: empty if allowed, else seconds to wait. */
    OptionalLong tryTake(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(properties.submissionsPerClient())
                        .refillIntervally(properties.submissionsPerClient(), properties.window())
                        .build())
                .build();
    }
}
