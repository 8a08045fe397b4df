package org.sawt.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Commands as Telegram clients send them; the cases are teloxide's command-parsing tests
 * (fixtures/telegram_facts.json, commandParsingCases) plus deep-link payloads and texts that are not commands.
 */
class BotCommandTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/start arg1 arg2                           | start    | arg1 arg2",
            "/start -50                                 | start    | -50",
            "/start@MyNameBot                           | start    | ''",
            "/start 10 hello                            | start    | 10 hello",
            "/start                                     | start    | ''",
            "/start e_0f8fad5bd9cb469fa16570867728950e  | start    | e_0f8fad5bd9cb469fa16570867728950e",
            "/Language                                  | language | ''"})
    void commandsAreReadWithTheirArgument(String text, String name, String argument) {
        assertThat(BotCommand.parse(text)).contains(new BotCommand(name, argument));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2", "Roads", "/ start", "a /start", "''"})
    void otherTextsAreNotCommands(String text) {
        assertThat(BotCommand.parse(text)).isEqualTo(Optional.empty());
    }
}
