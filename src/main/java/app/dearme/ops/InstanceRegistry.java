package app.dearme.ops;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Live app instances: each beats into {@code ops_instances}; a row older than the stale limit is gone. */
@Component
class InstanceRegistry {

    private final JdbcClient jdbc;
    private final OpsProperties props;
    private final String id;
    private final String host;

    InstanceRegistry(JdbcClient jdbc, OpsProperties props) {
        this.jdbc = jdbc;
        this.props = props;
        this.host = hostName();
        this.id = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    void beat() {
        jdbc.sql("""
                insert into ops_instances (instance_id, host) values (?, ?)
                on conflict (instance_id) do update set last_beat_at = now()""").params(id, host).update();
        jdbc.sql("delete from ops_instances where last_beat_at < now() - interval '1 day'").update();
    }

    void leave() {
        jdbc.sql("delete from ops_instances where instance_id = ?").param(id).update();
    }

    int live() {
        return jdbc.sql("select count(*) from ops_instances where last_beat_at >= now() - make_interval(secs => ?)")
                .param((double) props.instanceStaleAfter().toSeconds()).query(Integer.class).single();
    }

    String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
