package dev.deriv.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.deriv.Expr;
import dev.deriv.expr.LimitException;
import dev.deriv.expr.MathException;
import dev.deriv.parse.ParseException;

class ParserFuzzTest {
    @FuzzTest
    void parse(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            Expr.parse(text);
        } catch (ParseException | MathException | LimitException expected) {
            // documented
        }
    }
}
