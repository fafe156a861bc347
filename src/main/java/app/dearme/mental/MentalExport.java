package app.dearme.mental;

import app.dearme.user.ExportContributor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The account export's mental-care part (SPEC §4): every analysis and every stored report. */
@Component
class MentalExport implements ExportContributor {

    private final AnalysisStore analyses;
    private final ReportStore reports;

    MentalExport(AnalysisStore analyses, ReportStore reports) {
        this.analyses = analyses;
        this.reports = reports;
    }

    @Override
    public String section() {
        return "mental";
    }

    @Override
    public Object exportJson(long userId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("analyses", analyses.between(userId, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)).stream()
                .map(MentalDtos.AnalysisView::of).toList());
        out.put("reports", reports.all(userId));
        return out;
    }
}
