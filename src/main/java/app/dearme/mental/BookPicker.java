package app.dearme.mental;

import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import app.dearme.mental.BookCatalog.Catalog;
import app.dearme.mental.MentalDtos.Book;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SPEC §12: three books, one for the weakest axis when it is below 40, the rest for the overall status,
 * never the same title twice. {@code seed} rotates the lists so different analyses get different picks.
 */
final class BookPicker {

    static final int COUNT = 3;
    static final int WEAK_AXIS_BELOW = 40;

    private BookPicker() {
    }

    record Pick(List<Book> books, String weakestAxis) {
    }

    static Pick pick(Catalog catalog, OverallStatus status, MentalScores scores, long seed) {
        List<Book> out = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        String weakest = null;
        if (scores != null) {
            int[] v = scores.asArray();
            int min = 0;
            for (int i = 1; i < v.length; i++) {
                if (v[i] < v[min]) {
                    min = i;
                }
            }
            if (v[min] < WEAK_AXIS_BELOW) {
                weakest = Analysis.AXES[min];
                String prefix = "최근 " + Analysis.AXIS_LABELS[min] + " 점수가 " + v[min] + "점으로 가장 낮아서 골랐어요. ";
                addFirst(out, titles, catalog.axis().getOrDefault(weakest, List.of()), seed, 1, prefix);
            }
        }
        addFirst(out, titles, catalog.status().getOrDefault(status.name(), List.of()), seed, COUNT - out.size(), "");
        if (out.size() < COUNT) {
            addFirst(out, titles, catalog.status().getOrDefault(OverallStatus.neutral.name(), List.of()), seed,
                    COUNT - out.size(), "");
        }
        return new Pick(List.copyOf(out), weakest);
    }

    private static void addFirst(List<Book> out, Set<String> titles, List<Book> source, long seed, int wanted,
                                 String reasonPrefix) {
        int n = source.size();
        int added = 0;
        for (int k = 0; k < n && added < wanted; k++) {
            Book b = source.get((int) Math.floorMod(seed + k, (long) n));
            if (titles.add(b.title())) {
                out.add(new Book(b.title(), b.author(), b.category(), b.description(), reasonPrefix + b.reason()));
                added++;
            }
        }
    }
}
