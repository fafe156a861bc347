"""Firing and quiet inputs per alert for deploy/prometheus/tests/alerts_test.yml (kept for review/regeneration:
python3 deploy/prometheus/tests/gen/cases.py > deploy/prometheus/tests/alerts_test.yml; annotations are then
copied from promtool's output). Each case: (alert, eval_time, series_firing, series_quiet, expected labels)."""
import json

A = 'job="dearme",instance="app1:8081"'
HTTP = 'http_server_requests_seconds_bucket{' + A + ',uri="/api/v1/diaries",status="200",le="%s"}'
CNT = 'http_server_requests_seconds_count{' + A + ',uri="/api/v1/diaries",status="%s"}'
C = 'job="cadvisor",name="dearme-app1-1"'


def lat(fast, slow):
    # cumulative buckets: `fast` requests/min under 0.5 s, `slow` ones between 2 s and 5 s
    return [(HTTP % "0.5", f"0+{fast}x30"), (HTTP % "2.0", f"0+{fast}x30"),
            (HTTP % "5.0", f"0+{fast + slow}x30"), (HTTP % "+Inf", f"0+{fast + slow}x30")]


def lat3(fast, slow):
    return [(HTTP % "0.5", f"0+{fast}x30"), (HTTP % "5.0", f"0+{fast}x30"),
            (HTTP % "10.0", f"0+{fast + slow}x30"), (HTTP % "+Inf", f"0+{fast + slow}x30")]


CASES = [
    ("DearMeInstanceDown", "5m", [('up{' + A + '}', "0x10")], [('up{' + A + '}', "1x10")],
     {"severity": "critical", "job": "dearme", "instance": "app1:8081"}),
    ("DearMeApiLatencyP95High", "20m", lat(10, 10), lat(100, 1), {"severity": "warning"}),
    ("DearMeApiLatencyP95Critical", "20m", lat3(10, 10), lat(100, 1), {"severity": "critical"}),
    ("DearMeHttp5xxRatioHigh", "20m", [(CNT % "200", "0+97x30"), (CNT % "500", "0+3x30")],
     [(CNT % "200", "0+1000x30"), (CNT % "500", "0+1x30")], {"severity": "warning"}),
    ("DearMeHttp5xxRatioCritical", "20m", [(CNT % "200", "0+90x30"), (CNT % "503", "0+10x30")],
     [(CNT % "200", "0+97x30"), (CNT % "503", "0+3x30")], {"severity": "critical"}),
    ("DearMeDbPoolSaturated", "10m",
     [('hikaricp_connections_active{' + A + ',pool="HikariPool-1"}', "18x15"), ('hikaricp_connections_max{' + A + ',pool="HikariPool-1"}', "20x15")],
     [('hikaricp_connections_active{' + A + ',pool="HikariPool-1"}', "10x15"), ('hikaricp_connections_max{' + A + ',pool="HikariPool-1"}', "20x15")],
     {"severity": "warning", "instance": "app1:8081"}),
    ("DearMeDbPoolPending", "5m", [('hikaricp_connections_pending{' + A + ',pool="HikariPool-1"}', "3x10")],
     [('hikaricp_connections_pending{' + A + ',pool="HikariPool-1"}', "0x10")], {"severity": "warning", "instance": "app1:8081"}),
    ("DearMeDbConnectionTimeouts", "5m", [('hikaricp_connections_timeout_total{' + A + ',pool="HikariPool-1"}', "0 0 0 2 2 2 2 2")],
     [('hikaricp_connections_timeout_total{' + A + ',pool="HikariPool-1"}', "5x10")], {"severity": "critical", "instance": "app1:8081"}),
    ("DearMeJobQueueBacklog", "15m", [('dearme_jobs_queue_depth{' + A + '}', "150x20")],
     [('dearme_jobs_queue_depth{' + A + '}', "40x20")], {"severity": "warning"}),
    ("DearMeJobFailed", "20m", [('dearme_jobs_total{' + A + ',kind="persona",outcome="failed"}', "0x10 1x20")],
     [('dearme_jobs_total{' + A + ',kind="persona",outcome="failed"}', "1x40"), ('dearme_jobs_total{' + A + ',kind="persona",outcome="done"}', "0+5x40")],
     {"severity": "warning", "kind": "persona"}),
    ("DearMeAiErrorRatioHigh", "25m",
     [('dearme_ai_requests_total{' + A + ',feature="chat",outcome="ok"}', "0+8x30"), ('dearme_ai_requests_total{' + A + ',feature="chat",outcome="fallback"}', "0+2x30")],
     [('dearme_ai_requests_total{' + A + ',feature="chat",outcome="ok"}', "0+99x30"), ('dearme_ai_requests_total{' + A + ',feature="chat",outcome="error"}', "0+1x30")],
     {"severity": "warning"}),
    ("DearMeAiLatencyP95High", "25m",
     [('dearme_ai_latency_seconds_bucket{' + A + ',feature="chat",le="10.0"}', "0+1x30"), ('dearme_ai_latency_seconds_bucket{' + A + ',feature="chat",le="60.0"}', "0+10x30"),
      ('dearme_ai_latency_seconds_bucket{' + A + ',feature="chat",le="+Inf"}', "0+10x30")],
     [('dearme_ai_latency_seconds_bucket{' + A + ',feature="chat",le="10.0"}', "0+10x30"), ('dearme_ai_latency_seconds_bucket{' + A + ',feature="chat",le="60.0"}', "0+10x30"),
      ('dearme_ai_latency_seconds_bucket{' + A + ',feature="chat",le="+Inf"}', "0+10x30")],
     {"severity": "warning", "feature": "chat"}),
    ("DearMeHeapHigh", "15m",
     [('jvm_memory_used_bytes{' + A + ',area="heap",id="G1 Old Gen"}', "950x20"), ('jvm_memory_max_bytes{' + A + ',area="heap",id="G1 Old Gen"}', "1000x20")],
     [('jvm_memory_used_bytes{' + A + ',area="heap",id="G1 Old Gen"}', "500x20"), ('jvm_memory_max_bytes{' + A + ',area="heap",id="G1 Old Gen"}', "1000x20")],
     {"severity": "warning", "instance": "app1:8081"}),
    ("DearMeChatTurnQueueing", "10m", [('dearme_chat_turn_slots_waiting{' + A + '}', "2x15")],
     [('dearme_chat_turn_slots_waiting{' + A + '}', "0x15")], {"severity": "warning", "instance": "app1:8081"}),
    ("DearMeInFlightRequestsHigh", "10m",
     [('http_server_requests_active_seconds_gcount{' + A + ',uri="UNKNOWN",method="GET"}', "130x15"), ('dearme_notification_streams_open{' + A + '}', "30x15")],
     # 130 active, but 70 of them are open notification streams: 60 real requests
     [('http_server_requests_active_seconds_gcount{' + A + ',uri="UNKNOWN",method="GET"}', "130x15"), ('dearme_notification_streams_open{' + A + '}', "70x15")],
     {"severity": "warning", "instance": "app1:8081"}),
    ("ContainerCpuHigh", "20m",
     # 0.9 CPU-seconds per second against a 1-CPU quota
     [('container_cpu_usage_seconds_total{' + C + ',cpu="total"}', "0+54x30"), ('container_spec_cpu_quota{' + C + '}', "100000x30"), ('container_spec_cpu_period{' + C + '}', "100000x30")],
     [('container_cpu_usage_seconds_total{' + C + ',cpu="total"}', "0+30x30"), ('container_spec_cpu_quota{' + C + '}', "100000x30"), ('container_spec_cpu_period{' + C + '}', "100000x30")],
     {"severity": "warning", "name": "dearme-app1-1"}),
    ("ContainerMemoryHigh", "15m",
     [('container_memory_working_set_bytes{' + C + '}', "900x20"), ('container_spec_memory_limit_bytes{' + C + '}', "1000x20")],
     # a container without a limit (0) never fires, whatever it uses
     [('container_memory_working_set_bytes{' + C + '}', "800x20"), ('container_spec_memory_limit_bytes{' + C + '}', "1000x20"),
      ('container_memory_working_set_bytes{job="cadvisor",name="dearme-grafana-1"}', "900x20"), ('container_spec_memory_limit_bytes{job="cadvisor",name="dearme-grafana-1"}', "0x20")],
     {"severity": "warning", "name": "dearme-app1-1"}),
    ("DearMeReplicaLagHigh", "10m", [('dearme_db_replica_lag_seconds{' + A + '}', "45x15")],
     [('dearme_db_replica_lag_seconds{' + A + '}', "2x15")], {"severity": "warning"}),
    ("PostgresReplicationSlotInactive", "15m",
     [('pg_replication_slot_slot_is_active{job="postgres",role="primary",instance="postgres-exporter-primary:9187",slot_name="replica1",slot_type="physical"}', "0x20")],
     [('pg_replication_slot_slot_is_active{job="postgres",role="primary",instance="postgres-exporter-primary:9187",slot_name="replica1",slot_type="physical"}', "1x20")],
     {"severity": "warning", "slot_name": "replica1"}),
    ("PostgresReplicationSlotWalRetained", "10m",
     [('pg_replication_slot_safe_wal_size_bytes{job="postgres",role="primary",instance="postgres-exporter-primary:9187",slot_name="replica1",slot_type="physical"}', "1073741824x15")],
     [('pg_replication_slot_safe_wal_size_bytes{job="postgres",role="primary",instance="postgres-exporter-primary:9187",slot_name="replica1",slot_type="physical"}', "9663676416x15")],
     {"severity": "critical", "slot_name": "replica1"}),
    ("PgBouncerClientsWaiting", "5m",
     [('pgbouncer_pools_client_waiting_connections{job="pgbouncer",instance="pgbouncer-exporter:9127",database="dearme",user="dearme"}', "4x10")],
     [('pgbouncer_pools_client_waiting_connections{job="pgbouncer",instance="pgbouncer-exporter:9127",database="dearme",user="dearme"}', "0x10")],
     {"severity": "warning", "database": "dearme"}),
    ("DearMeBackupTooOld", "30h",
     # one backup at t=0, none after: at 30 h it is 30 h old (the quiet case backs up every 24 h)
     [('backup_last_success_timestamp_seconds{job="node",instance="node-exporter:9100",tool="pg_dump"}', "0x1800")],
     [('backup_last_success_timestamp_seconds{job="node",instance="node-exporter:9100",tool="pg_dump"}', "0x1440 86400x360")],
     {"severity": "critical"}),
    ("DearMeBackupNeverReported", "27h", [('up{job="node",instance="node-exporter:9100"}', "1x1620")],
     [('backup_last_success_timestamp_seconds{job="node",instance="node-exporter:9100",tool="pg_dump"}', "0x1620")],
     {"severity": "warning", "job": "node"}),
    ("DearMeJobQueueStale", "10m", [('dearme_jobs_oldest_queued_age_seconds{' + A + '}', "1200x15")],
     [('dearme_jobs_oldest_queued_age_seconds{' + A + '}', "0x15")], {"severity": "warning"}),
]


def render(annotations):
    out = ["# Generated from deploy/prometheus/tests/gen/cases.py: for every alert one input where it fires and one",
           "# where it stays quiet. Run: promtool test rules deploy/prometheus/tests/alerts_test.yml",
           "rule_files:", "  - ../alerts.yml", "evaluation_interval: 1m", "tests:"]
    for name, at, fire, quiet, labels in CASES:
        for kind, series in (("fires", fire), ("quiet", quiet)):
            out.append(f"  # {name}: {kind}")
            out.append("  - interval: 1m")
            out.append("    input_series:")
            for s, v in series:
                out.append(f"      - series: {json.dumps(s)}")
                out.append(f"        values: {json.dumps(v)}")
            out.append("    alert_rule_test:")
            out.append(f"      - eval_time: {at}")
            out.append(f"        alertname: {name}")
            if kind == "quiet":
                out.append("        exp_alerts: []")
            else:
                out.append("        exp_alerts:")
                out.append("          - exp_labels:")
                for k, v in labels.items():
                    out.append(f"              {k}: {json.dumps(v)}")
                ann = annotations.get(name)
                if ann:
                    out.append("            exp_annotations:")
                    for k, v in ann.items():
                        out.append(f"              {k}: {json.dumps(v, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    import sys, os
    ann = {}
    p = os.path.join(os.path.dirname(__file__), "annotations.json")
    if os.path.exists(p):
        ann = json.load(open(p))
    sys.stdout.write(render(ann))
