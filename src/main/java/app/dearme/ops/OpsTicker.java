package app.dearme.ops;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One background thread per instance: HTTP samples, the instance heartbeat, replica lag, the admin page's
 * history ring ({@link OpsHistory}) and the seen-map pruning. Per instance on purpose (not a db-scheduler task, which runs on one instance).
 */
@Component
class OpsTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OpsTicker.class);

    private final HttpTraffic http;
    private final InstanceRegistry instances;
    private final ReplicaLag replica;
    private final SeenTracker seen;
    private final OpsHistory history;
    private final long intervalMillis;
    private volatile ScheduledExecutorService executor;

    OpsTicker(HttpTraffic http, InstanceRegistry instances, ReplicaLag replica, SeenTracker seen, OpsHistory history,
              OpsProperties props) {
        this.http = http;
        this.instances = instances;
        this.replica = replica;
        this.seen = seen;
        this.history = history;
        this.intervalMillis = Math.max(1000, props.sampleInterval().toMillis());
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dearme-ops-ticker");
            t.setDaemon(true);
            return t;
        });
        safely("heartbeat", instances::beat);
        executor.scheduleWithFixedDelay(this::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void tick() {
        safely("http sample", http::sample);
        safely("heartbeat", instances::beat);
        safely("replica lag", replica::measure);
        // after the HTTP sample and the lag, so a point holds this tick's figures
        safely("history", history::sample);
        safely("seen prune", () -> seen.prune(System.nanoTime()));
    }

    @Override
    public void stop() {
        ScheduledExecutorService e = executor;
        executor = null;
        if (e != null) {
            e.shutdownNow();
        }
        safely("leave", instances::leave);
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private static void safely(String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("ops {} failed: {}", what, e.toString());
        }
    }
}
