package app.dearme.ops;

import app.dearme.ai.AiMeter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Service;

/** The scaling advice (SPEC §13): phase by DAU, active checklist items, bottleneck ranking and cost projection. */
@Service
class AdviceService {

    private final OpsQueries queries;
    private final Checklist checklist;
    private final Bottlenecks bottlenecks;
    private final RuntimeFigures runtime;
    private final InstanceRegistry instances;
    private final AiMeter aiMeter;
    private final OpsProperties props;
    private final ZoneId zone;

    AdviceService(OpsQueries queries, Checklist checklist, Bottlenecks bottlenecks, RuntimeFigures runtime,
                  InstanceRegistry instances, AiMeter aiMeter, OpsProperties props) {
        this.queries = queries;
        this.checklist = checklist;
        this.bottlenecks = bottlenecks;
        this.runtime = runtime;
        this.instances = instances;
        this.aiMeter = aiMeter;
        this.props = props;
        this.zone = ZoneId.of(props.zone());
    }

    OpsDtos.Advice advice() {
        long dau = queries.activeUsers().dau();
        // today counts as a whole day, so the first hours of a month do not blow the projection up
        int daysElapsed = LocalDate.now(zone).getDayOfMonth();
        OpsDtos.Cost cost = CostModel.project(props.cost(), aiMeter.totals().monthToDate().costUsd(), daysElapsed, dau);
        return new OpsDtos.Advice(Phases.advise(dau), checklist.items(liveInstances(), runtime.dbPool()),
                bottlenecks.ranked(), cost, OffsetDateTime.now(zone));
    }

    /** Null (shown as unknown) when the heartbeat table cannot be read, instead of failing the whole page. */
    private Integer liveInstances() {
        try {
            return instances.live();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
