package id.akademikoperasi.organisation.application;

/**
 * A koperasi gained ({@code +1}) or lost ({@code -1}) an active member. Fired inside the changing transaction.
 */
public record MembershipChanged(long accountId, long koperasiId, int activeDelta) {
}
