package app.dearme.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operations settings under {@code dearme.ops}. The per-phase infrastructure costs are planning
 * estimates from the scaling guide, meant to be overridden with the real bill of a deployment.
 */
@ConfigurationProperties("dearme.ops")
public record OpsProperties(
        @DefaultValue("Asia/Seoul") String zone,
        @DefaultValue("10s") Duration sampleInterval,
        @DefaultValue("60s") Duration rateWindow,
        @DefaultValue("5m") Duration seenThrottle,
        @DefaultValue("90s") Duration instanceStaleAfter,
        @DefaultValue("10") int topBottlenecks,
        @DefaultValue Cost cost,
        // how far back the admin page's charts reach: the in-memory ring keeps history / sample-interval points
        @DefaultValue("1h") Duration history) {

    /** Infrastructure USD per month and the DAU each phase is planned for (scales the measured AI cost). */
    public record Cost(@DefaultValue("50") double phase1InfraUsd, @DefaultValue("400") double phase2InfraUsd,
                       @DefaultValue("2500") double phase3InfraUsd, @DefaultValue("1000") int phase1ReferenceDau,
                       @DefaultValue("5000") int phase2ReferenceDau, @DefaultValue("20000") int phase3ReferenceDau) {

        double infraUsd(int phase) {
            return switch (phase) {
                case 1 -> phase1InfraUsd;
                case 2 -> phase2InfraUsd;
                default -> phase3InfraUsd;
            };
        }

        int referenceDau(int phase) {
            return switch (phase) {
                case 1 -> phase1ReferenceDau;
                case 2 -> phase2ReferenceDau;
                default -> phase3ReferenceDau;
            };
        }
    }
}
