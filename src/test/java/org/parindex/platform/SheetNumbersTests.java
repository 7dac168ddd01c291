package org.parindex.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a paper sheet's number is read, by the survey's paper entry and the contest's alike
 * ({@link SheetNumbers}), and how numbers stored under the earlier rules are re-read
 * ({@link SheetNumberMigration}).
 */
class SheetNumbersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			7          | 7
			07         | 7
			0007       | 7
			1.000      | 1000
			1 000      | 1000
			12.345.678 | 12345678
			7.         | 7
			Số 7       | 7
			SỐ7        | 7
			Số: 7      | 7
			Phiếu 7    | 7
			phiếu số 7 | 7
			Phiếu số: 07 | 7
			Số phiếu: 7  | 7
			Số phiếu 1.000 | 1000
			Phieu so 7 | 7
			So 7       | 7
			Tờ số 7    | 7
			tờ 7       | 7
			Tổ 7       | TỔ7
			To so 7    | TO SO7
			NOTE 7     | NOTE7
			Sổ 7       | 7
			Sheet 7    | 7
			Sheet no. 7 | 7
			No 7       | 7
			ĐỢT 7      | ĐỢT7
			Tờ số 7a   | 7A
			Phiếu số 7a | 7A
			Phiếu số: A-12 | A-12
			No. 7      | 7
			#7         | 7
			７          | 7
			P-07       | P-07
			p-07       | P-07
			12/a       | 12/A
			a 001      | A001
			A001       | A001
			12 a       | 12A
			số  A      | SỐ A
			Phiếu  A   | PHIẾU A
			""")
	void readsADigitsNumberAsOneNumberAndKeepsALabel(String typed, String stored) {
		assertThat(SheetNumbers.read(typed, 30)).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\t" })
	void blankIsNoNumber(String typed) {
		assertThat(SheetNumbers.read(typed, 30)).isEmpty();
		assertThat(SheetNumbers.read(null, 30)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0           | POSITIVE
			-3          | POSITIVE
			0.000       | POSITIVE
			1,000       | UNCLEAR
			1,5         | UNCLEAR
			1.5         | UNCLEAR
			1.00        | UNCLEAR
			Số 1,5      | UNCLEAR
			Phiếu 0     | POSITIVE
			7 * 8       | CHARACTERS
			A_1         | CHARACTERS
			A:7         | CHARACTERS
			-           | CHARACTERS
			.           | CHARACTERS
			1234567890123456789 | LARGE
			Số 1234567890123456789 | LARGE
			""")
	void refusesWhatIsNoSheetNumberSayingWhy(String typed, SheetNumbers.Problem problem) {
		assertThatExceptionOfType(SheetNumbers.UnreadableException.class).isThrownBy(() -> SheetNumbers.read(typed, 30))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

	/** The message names the character to blame, as typed after normalising. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			7 * 8  | *
			A_1    | _
			A:7    | :
			Số 7?  | ?
			7\u202e8 | U+202E
			-      | ''
			""")
	void namesTheCharacterRefused(String typed, String character) {
		assertThatExceptionOfType(SheetNumbers.UnreadableException.class).isThrownBy(() -> SheetNumbers.read(typed, 30))
			.satisfies((ex) -> assertThat(ex.character()).isEqualTo(character));
	}

	@Test
	void refusesANumberLongerThanTheColumn() {
		assertThat(SheetNumbers.read("A".repeat(30), 30)).hasSize(30);
		assertThatExceptionOfType(SheetNumbers.UnreadableException.class)
			.isThrownBy(() -> SheetNumbers.read("A".repeat(31), 30))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(SheetNumbers.Problem.LENGTH));
	}

	@Property
	void aNumberIsTheSameSheetHoweverItIsWritten(@ForAll @LongRange(min = 1, max = 999_999_999L) long number,
			@ForAll @IntRange(min = 0, max = 3) int zeros, @ForAll("prefixes") String prefix) {
		String plain = Long.toString(number);
		assertThat(SheetNumbers.read(prefix + "0".repeat(zeros) + plain, 40)).isEqualTo(plain);
		assertThat(SheetNumbers.read(prefix + grouped(number) + ".", 40)).isEqualTo(plain);
	}

	/** What is stored reads back as itself: a number looked up again finds its sheet. */
	@Property
	void whatIsStoredReadsBackUnchanged(@ForAll("typed") String typed) {
		String stored;
		try {
			stored = SheetNumbers.read(typed, 40);
		}
		catch (SheetNumbers.UnreadableException ex) {
			return;
		}
		assertThat(SheetNumbers.read(stored, 40)).isEqualTo(stored);
	}

	/**
	 * Numbers keyed under the earlier rules are re-read; where the new reading is another
	 * sheet's of the same group, or the rule refuses the old text, it stays as it was.
	 */
	@Test
	void theMigrationReReadsStoredNumbersAndKeepsEveryDistinctSheet() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:sheets;DB_CLOSE_DELAY=-1")) {
			try (Statement create = connection.createStatement()) {
				create.execute("create table paper (id bigint primary key, form_id bigint, unit_id bigint, "
						+ "sheet_number varchar(30), unique (form_id, unit_id, sheet_number))");
			}
			Map<Long, String> before = new LinkedHashMap<>();
			before.put(1L, "07");
			before.put(2L, "SỐ7");
			before.put(3L, "1.000");
			before.put(4L, "0");
			before.put(5L, "1,5");
			before.put(6L, "P-07");
			before.put(7L, "A 001");
			before.put(8L, "7");
			before.put(9L, "PHIẾU SỐ 12");
			try (Statement insert = connection.createStatement()) {
				for (Map.Entry<Long, String> row : before.entrySet()) {
					// row 8 under form 1, unit 2; the others under form 1, unit 1
					insert.execute("insert into paper values (" + row.getKey() + ", 1, " + ((row.getKey() == 8) ? 2 : 1)
							+ ", '" + row.getValue() + "')");
				}
			}
			new SheetNumberMigration("999", "test", "paper", java.util.List.of("form_id", "unit_id"), 30) {
			}.migrate(context(connection));
			Map<Long, String> after = new LinkedHashMap<>();
			try (Statement select = connection.createStatement();
					ResultSet rs = select.executeQuery("select id, sheet_number from paper order by id")) {
				while (rs.next()) {
					after.put(rs.getLong(1), rs.getString(2));
				}
			}
			// 07 becomes 7; SỐ7 would be 7 too, taken by then, so it stays; the other
			// unit's 7 is another sheet; "PHIẾU SỐ 12" (stored as a label before) is 12
			assertThat(after).containsExactly(Map.entry(1L, "7"), Map.entry(2L, "SỐ7"), Map.entry(3L, "1000"),
					Map.entry(4L, "0"), Map.entry(5L, "1,5"), Map.entry(6L, "P-07"), Map.entry(7L, "A001"),
					Map.entry(8L, "7"), Map.entry(9L, "12"));
		}
	}

	@Provide
	Arbitrary<String> prefixes() {
		return Arbitraries.of("", "Số ", "số", "No. ", "#", "SỐ ", "Số: ", "Phiếu ", "phiếu số ", "Số phiếu: ",
				"Phieu so ", "Tờ số ", "Sheet ");
	}

	@Provide
	Arbitrary<String> typed() {
		return Arbitraries.strings().withChars("07Aa .,-/#Sốố:Phiếu").ofMinLength(1).ofMaxLength(12);
	}

	private static String grouped(long number) {
		return String.format(Locale.ROOT, "%,d", number).replace(',', '.');
	}

	private static Context context(Connection connection) {
		return new Context() {

			@Override
			public Configuration getConfiguration() {
				throw new UnsupportedOperationException();
			}

			@Override
			public Connection getConnection() {
				return connection;
			}

		};
	}

}
