package app.dearme.mental;

import app.dearme.ai.MentalTrend;
import java.time.LocalDate;
import java.util.Optional;

/** The mental module's read API for own-persona chats: the owner's recent analyses as week-over-week means. */
public interface MentalTrends {

    /** Empty when the owner has no analysis dated within {@code staleAfterDays} days before {@code today}. */
    Optional<MentalTrend> recent(long userId, LocalDate today, int staleAfterDays);
}
