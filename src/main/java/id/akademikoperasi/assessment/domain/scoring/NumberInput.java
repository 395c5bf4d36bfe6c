package id.akademikoperasi.assessment.domain.scoring;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as a member types it, the Indonesian way or the English way.
 *
 * <pre>{@code
 * NumberInput.parse("Rp 1.500.000", Locale.of("id"));   // Optional[1500000]
 * NumberInput.parse("12,5", Locale.of("id"));           // Optional[12.5]
 * NumberInput.parse("1.500", Locale.of("id"));          // Optional[1500]
 * NumberInput.parse("1.500", Locale.ENGLISH);           // Optional[1.5]
 * NumberInput.parse("dua", Locale.of("id"));            // Optional.empty
 * }</pre>
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Spaces around the number are ignored (no-break spaces too), as are a leading {@code Rp} or {@code Rp.}
 *       (any case) and the {@code ,-} that closes a rupiah amount ({@code Rp 5.000,-}). One sign, {@code -} or
 *       {@code +}, may come first, before or after {@code Rp}.</li>
 *   <li>What is left must be ASCII digits with {@code .} and {@code ,} between them; nothing else (no spaces inside,
 *       no exponent). A leading separator is allowed for a decimal ({@code ,5}), a trailing one is not.</li>
 *   <li>When both {@code .} and {@code ,} appear, the last one is the decimal separator and must appear once; the
 *       other groups thousands ({@code 1.500,25} and {@code 1,500.25} are both 1500.25, whatever the locale).</li>
 *   <li>A separator that appears more than once groups thousands ({@code 1.500.000}, {@code 1,500,000}).</li>
 *   <li>A single separator is the decimal separator when it is the locale's ({@code ,} in {@code id}, {@code .} in
 *       {@code en}). When it is the locale's grouping separator it groups thousands only if it is followed by exactly
 *       three digits and preceded by one to three digits not starting with 0; otherwise it is taken as a decimal
 *       point after all ({@code 2.5} in {@code id} is 2.5, {@code 12,5} in {@code en} is 12.5).</li>
 *   <li>Groups of thousands must be well formed: one to three digits not starting with 0, then groups of exactly
 *       three ({@code 1.50.000} is not a number).</li>
 * </ol>
 * Anything else gives an empty result, never an exception. Locales whose decimal separator is neither {@code .}
 * nor {@code ,} are read with {@code .}.
 */
public final class NumberInput {

    private static final Pattern RUPIAH = Pattern.compile("(?i)^rp\\.?\\s*");
    private static final Pattern SHAPE = Pattern.compile("[0-9]*([.,][0-9]+)*");
    private static final Pattern GROUPED_DOT = Pattern.compile("[1-9][0-9]{0,2}(\\.[0-9]{3})+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("[1-9][0-9]{0,2}(,[0-9]{3})+");

    private NumberInput() {
    }

    public static Optional<BigDecimal> parse(String typed, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (typed == null) {
            return Optional.empty();
        }
        // a number copied from a formatted page may carry no-break spaces
        String s = typed.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        String sign = "";
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.substring(0, 1);
            s = s.substring(1).strip();
        }
        s = RUPIAH.matcher(s).replaceFirst("");
        if (sign.isEmpty() && (s.startsWith("-") || s.startsWith("+"))) {
            sign = s.substring(0, 1);
            s = s.substring(1);
        }
        if (s.endsWith(",-")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.isEmpty() || !SHAPE.matcher(s).matches()) {
            return Optional.empty();
        }
        String plain = plain(s, decimalSeparator(locale));
        return plain == null ? Optional.empty() : Optional.of(new BigDecimal(sign.equals("-") ? "-" + plain : plain));
    }

    /** s written with only digits and at most one '.', or null when its separators make no sense. */
    private static String plain(String s, char localDecimal) {
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots == 0 && commas == 0) {
            return s;
        }
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            if (count(s, decimal) > 1) {
                return null;
            }
            int at = s.lastIndexOf(decimal);
            return joined(s.substring(0, at), other(decimal), s.substring(at + 1));
        }
        char separator = dots > 0 ? '.' : ',';
        if (count(s, separator) > 1) {
            return grouped(s, separator) ? s.replace(String.valueOf(separator), "") : null;
        }
        int at = s.indexOf(separator);
        if (separator != localDecimal && grouped(s, separator)) {
            return s.replace(String.valueOf(separator), "");
        }
        return (at == 0 ? "0" : s.substring(0, at)) + "." + s.substring(at + 1);
    }

    /** The integer part (grouped by groupSeparator, or plain) and the decimals, joined with '.'. */
    private static String joined(String integer, char groupSeparator, String decimals) {
        if (!grouped(integer, groupSeparator)) {
            return null;
        }
        return integer.replace(String.valueOf(groupSeparator), "") + "." + decimals;
    }

    private static boolean grouped(String s, char separator) {
        return (separator == '.' ? GROUPED_DOT : GROUPED_COMMA).matcher(s).matches();
    }

    private static char decimalSeparator(Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return decimal == ',' ? ',' : '.';
    }

    private static char other(char separator) {
        return separator == '.' ? ',' : '.';
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
