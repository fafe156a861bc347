package app.dearme.ops;

import app.dearme.ai.AiMeter;
import app.dearme.ai.AiUsageTotals;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Service;

/** Assembles the live overview (SPEC §13) from the database, Micrometer and the in-process pools. */
@Service
class OverviewService {

    private final OpsQueries queries;
    private final AiMeter aiMeter;
    private final HttpTraffic http;
    private final RuntimeFigures runtime;
    private final ReplicaLag replica;
    private final InstanceRegistry instances;
    private final ZoneId zone;

    OverviewService(OpsQueries queries, AiMeter aiMeter, HttpTraffic http, RuntimeFigures runtime, ReplicaLag replica,
                    InstanceRegistry instances, OpsProperties props) {
        this.queries = queries;
        this.aiMeter = aiMeter;
        this.http = http;
        this.runtime = runtime;
        this.replica = replica;
        this.instances = instances;
        this.zone = ZoneId.of(props.zone());
    }

    OpsDtos.Overview overview() {
        OpsQueries.ActiveUsers active = queries.activeUsers();
        AiUsageTotals ai = aiMeter.totals();
        return new OpsDtos.Overview(active.dau(), active.wau(), active.mau(), queries.diariesCreatedToday(zone),
                new OpsDtos.Ai(totals(ai.today()), totals(ai.monthToDate())), http.figures(), runtime.dbPool(),
                runtime.caches(), queries.jobs(), replica.seconds(), instances.live(), OffsetDateTime.now(zone));
    }

    static OpsDtos.AiTotals totals(AiUsageTotals.Totals t) {
        return new OpsDtos.AiTotals(t.calls(), t.failures(), t.tokensIn(), t.tokensOut(), t.costUsd());
    }
}
