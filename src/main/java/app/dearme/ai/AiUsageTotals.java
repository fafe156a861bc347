package app.dearme.ai;

import java.math.BigDecimal;

/** AI usage for the admin page: today and month-to-date in {@code dearme.ai.usage-zone}. */
public record AiUsageTotals(Totals today, Totals monthToDate) {

    public record Totals(long calls, long failures, long tokensIn, long tokensOut, BigDecimal costUsd) {
        public static final Totals ZERO = new Totals(0, 0, 0, 0, BigDecimal.ZERO);

        public long tokens() {
            return tokensIn + tokensOut;
        }
    }
}
