// Scenario files: the schema, exact error messages, exact time conversion and round trips.
#include "core/scenario/json.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "scenario_compare.hpp"

using namespace ackademy;
using namespace ackademy::scenario;
using namespace std::chrono_literals;
using sim::ActionKind;
using sim::HostId;

namespace {

// A minimal valid file; the table below breaks one thing at a time.
constexpr const char* kHosts = R"("hosts": {"A": {"ip": "192.168.1.116", "port": 3337},
                                          "B": {"ip": "192.168.1.123", "port": 7788}})";

std::string with_hosts(const std::string& rest)
{
    return "{" + std::string(kHosts) + (rest.empty() ? "" : ", " + rest) + "}";
}

std::string load_error(const std::string& text)
{
    const LoadResult r = load_scenario_text(text, "lesson.json");
    EXPECT_FALSE(r.scenario.has_value()) << text;
    return r.error;
}

sim::Scenario load_ok(const std::string& text)
{
    LoadResult r = load_scenario_text(text, "lesson.json");
    EXPECT_TRUE(r.scenario.has_value()) << r.error;
    EXPECT_EQ(r.error, "");
    return r.scenario.value_or(sim::Scenario{});
}

struct BadFile {
    std::string text;
    std::string message;
};

// clang-format off
const BadFile kBadFiles[] = {
    // JSON syntax: line and column of the offending character.
    {"{\n  \"name\": \"x\",\n  \"seed\": x\n}",
     "lesson.json:3:11: syntax error: while parsing value - invalid literal; last read: '\"seed\": x'"},
    {"{\"name\": \"x\",}",
     "lesson.json:1:14: syntax error: while parsing object key - unexpected '}'; expected string literal"},
    {"",
     "lesson.json:1:1: syntax error: while parsing value - unexpected end of input; expected '[', '{', or a literal"},
    // Not JSON at all: say so, at the first byte that is not white space; a byte that is not
    // printable is written in hexadecimal, never raw (0x89 is the first byte of every PNG).
    {"\x89PNG\r\n\x1a\n",
     "lesson.json:1:1: not a JSON scenario: it starts with the byte 0x89; expected a JSON object, which starts "
     "with '{'"},
    {"not json\n",
     "lesson.json:1:1: not a JSON scenario: it starts with 'not'; expected a JSON object, which starts with '{'"},
    // A UTF-8 byte order mark and white space come before the first character (line 2, column 3).
    {"\xEF\xBB\xBF\n  GIF89a",
     "lesson.json:2:3: not a JSON scenario: it starts with 'GIF89a'; expected a JSON object, which starts with '{'"},
    // Broken JSON with a byte that is not UTF-8 inside: the parser's detail, the byte in hexadecimal.
    {"{\"name\": \"caf\xff\"}",
     "lesson.json:1:14: syntax error: while parsing value - invalid string: ill-formed UTF-8 byte; last read: "
     "'\"caf<0xFF>'"},
    // A JSON escape can put a control character in a key or value that a message quotes: it is
    // written <U+000A> (nlohmann's own notation), so the message stays one line; likewise the C1
    // control U+0089, while é stays é.
    {with_hosts(R"("drops": ["A:\nQ"])"),
     "lesson.json: drops[0]: segment rule 'A:<U+000A>Q': '<U+000A>Q' are not tcpdump flag letters; expected e.g. "
     "S, S., ., P., F., FP., R or R."},
    {with_hosts(R"("drops": ["A:\u0089"])"),
     "lesson.json: drops[0]: segment rule 'A:<U+0089>': '<U+0089>' are not tcpdump flag letters; expected e.g. "
     "S, S., ., P., F., FP., R or R."},
    {with_hosts(R"("n\tamé": 1)"),
     "lesson.json: n<U+0009>amé: unknown field; expected name, title, description, profile, seed, hosts, link, "
     "link_b_to_a, actions, drops, delays, duplicates or until_ms"},
    // é is 0xC3 0xA9; the parser stops at its first byte, which alone is not a character.
    {"{\"name\": \xC3\xA9}",
     "lesson.json:1:10: syntax error: while parsing value - invalid literal; last read: '\"name\": <0xC3>'"},
    // Structure.
    {"[1, 2]", "lesson.json: expected a JSON object at the top level, got an array"},
    {"{\"nmae\": \"x\"}",
     "lesson.json: nmae: unknown field; expected name, title, description, profile, seed, hosts, link, link_b_to_a, "
     "actions, drops, delays, duplicates or until_ms"},
    {"{}", "lesson.json: hosts: missing; expected an object with A and B"},
    {R"({"hosts": {"A": {"ip": "192.168.1.116", "port": 3337}}})",
     "lesson.json: hosts.B: missing; expected an object with ip, port and optional isn"},
    {R"({"hosts": {"A": {"ip": "192.168.1.116", "prot": 3337}, "B": {"ip": "192.168.1.123", "port": 7788}}})",
     "lesson.json: hosts.A.prot: unknown field; expected ip, port or isn"},
    {R"({"hosts": {"A": {"port": 3337}, "B": {"ip": "192.168.1.123", "port": 7788}}})",
     "lesson.json: hosts.A.ip: missing; expected an IPv4 address such as \"192.168.1.116\""},
    {R"({"hosts": {"A": {"ip": "300.1.2.3", "port": 3337}, "B": {"ip": "192.168.1.123", "port": 7788}}})",
     "lesson.json: hosts.A.ip: \"300.1.2.3\" is not an IPv4 address; expected four numbers 0..255 such as "
     "\"192.168.1.116\""},
    {R"({"hosts": {"A": {"ip": 42, "port": 3337}, "B": {"ip": "192.168.1.123", "port": 7788}}})",
     "lesson.json: hosts.A.ip: expected a string, got 42"},
    {R"({"hosts": {"A": {"ip": "192.168.1.116", "port": 3337}, "B": {"ip": "192.168.1.123", "port": 70000}}})",
     "lesson.json: hosts.B.port: 70000 is out of range 1..65535"},
    {R"({"hosts": {"A": {"ip": "192.168.1.116", "port": 0}, "B": {"ip": "192.168.1.123", "port": 7788}}})",
     "lesson.json: hosts.A.port: 0 is out of range 1..65535"},
    {R"({"hosts": {"A": {"ip": "192.168.1.116", "port": "80"}, "B": {"ip": "192.168.1.123", "port": 7788}}})",
     "lesson.json: hosts.A.port: expected an integer 1..65535, got \"80\""},
    {R"({"hosts": {"A": {"ip": "192.168.1.116", "port": 3337, "isn": 4294967296}, "B": {"ip": "192.168.1.123", "port": 7788}}})",
     "lesson.json: hosts.A.isn: 4294967296 is out of range 0..4294967295"},
    {R"({"hosts": {"A": {"ip": "192.168.1.116", "port": 3337, "isn": -1}, "B": {"ip": "192.168.1.123", "port": 7788}}})",
     "lesson.json: hosts.A.isn: -1 is out of range 0..4294967295"},
    // Top-level values.
    {with_hosts(R"("profile": "bsd")"), "lesson.json: profile: \"bsd\" is not a profile; expected \"rfc\" or \"linux\""},
    {with_hosts(R"("seed": 1.5)"),
     "lesson.json: seed: 1.5 is not a whole number; expected an integer 0..18446744073709551615"},
    {with_hosts(R"("until_ms": true)"),
     "lesson.json: until_ms: expected milliseconds (a number 0..1000000000000), got true"},
    // The link.
    {with_hosts(R"("link": {"loss": 1.5})"), "lesson.json: link.loss: 1.5 is out of range 0..1"},
    {with_hosts(R"("link": {"loss": "high"})"), "lesson.json: link.loss: expected a probability 0..1, got \"high\""},
    {with_hosts(R"("link": {"dealy_ms": 5})"),
     "lesson.json: link.dealy_ms: unknown field; expected delay_ms, jitter_ms, loss, duplicate, reorder, rate_bps or "
     "queue_packets"},
    {with_hosts(R"("link_b_to_a": {"delay_ms": -5})"),
     "lesson.json: link_b_to_a.delay_ms: -5 is negative; expected milliseconds 0..1000000000000"},
    {with_hosts(R"("link": {"delay_ms": 0.0005})"),
     "lesson.json: link.delay_ms: 0.0005 is finer than a microsecond; expected at most 3 decimals"},
    {with_hosts(R"("link": [50])"), "lesson.json: link: expected an object, got an array"},
    // Actions.
    {with_hosts(R"("actions": {"at_ms": 0})"), "lesson.json: actions: expected an array of actions, got an object"},
    {with_hosts(R"("actions": [{"at_ms": 0, "host": "B", "do": "listen"}, {"at_ms": 0, "host": "A", "do": "connect"},
                               {"at_ms": 9, "host": "A", "do": "jump"}])"),
     "lesson.json: actions[2].do: \"jump\" is not an action; expected listen, connect, send, close, abort, crash, "
     "pause-reading or resume-reading"},
    {with_hosts(R"("actions": [{"at_ms": 5, "host": "A", "do": "send", "data": "hi", "bytes": 10}])"),
     "lesson.json: actions[0]: send needs exactly one of data (text) or bytes (a count), got both"},
    {with_hosts(R"("actions": [{"at_ms": 5, "host": "A", "do": "send"}])"),
     "lesson.json: actions[0]: send needs exactly one of data (text) or bytes (a count), got neither"},
    {with_hosts(R"("actions": [{"at_ms": 5, "host": "A", "do": "send", "bytes": 0}])"),
     "lesson.json: actions[0].bytes: 0 is out of range 1..100000000"},
    {with_hosts(R"("actions": [{"at_ms": 0, "host": "C", "do": "listen"}])"),
     "lesson.json: actions[0].host: \"C\" is not a host; expected \"A\" or \"B\""},
    {with_hosts(R"("actions": [{"host": "A", "do": "listen"}])"),
     "lesson.json: actions[0].at_ms: missing; expected the time in milliseconds"},
    {with_hosts(R"("actions": [{"at_ms": -1, "host": "A", "do": "close"}])"),
     "lesson.json: actions[0].at_ms: -1 is negative; expected milliseconds 0..1000000000000"},
    {with_hosts(R"("actions": [{"at_ms": 0, "host": "A", "do": "connect", "data": "x"}])"),
     "lesson.json: actions[0].data: unknown field for \"connect\"; expected at_ms, host, do, isn or port"},
    {with_hosts(R"("actions": [{"at_ms": 0, "host": "A", "do": 3}])"),
     "lesson.json: actions[0].do: expected an action (listen, connect, send, close, abort, crash, pause-reading or "
     "resume-reading), got 3"},
    // Segment rules.
    {with_hosts(R"("drops": ["A:S", "A:Q"])"),
     "lesson.json: drops[1]: segment rule 'A:Q': 'Q' are not tcpdump flag letters; expected e.g. S, S., ., P., F., "
     "FP., R or R."},
    {with_hosts(R"("drops": "A:S")"),
     "lesson.json: drops: expected an array of segment rules such as [\"A:S\"], got \"A:S\""},
    {with_hosts(R"("duplicates": ["C:S"])"),
     "lesson.json: duplicates[0]: segment rule 'C:S': the host before ':' must be A or B"},
    {with_hosts(R"("delays": [{"match": "A:S"}])"), "lesson.json: delays[0].extra_ms: missing; expected milliseconds"},
    {with_hosts(R"("delays": [{"match": "A:S#0", "extra_ms": 5}])"),
     "lesson.json: delays[0].match: segment rule 'A:S#0': the count after '#' must be a whole number of 1 or more"},
};
// clang-format on

} // namespace

TEST(ScenarioJson, BadFilesGiveOneExactMessage)
{
    ASSERT_GE(std::size(kBadFiles), 20U);
    for (const auto& bad : kBadFiles) EXPECT_EQ(load_error(bad.text), bad.message) << bad.text;
}

TEST(ScenarioJson, TheDocumentedExampleLoads)
{
    const sim::Scenario s =
        load_ok(R"({"name": "syn-lost", "title": "The first SYN is lost", "description": "point",
 "profile": "linux", "seed": 7,
 "hosts": {"A": {"ip": "192.168.1.116", "port": 3337, "isn": 3626544836},
           "B": {"ip": "192.168.1.123", "port": 7788, "isn": 1739326486}},
 "link": {"delay_ms": 50, "jitter_ms": 0, "loss": 0.0, "rate_bps": 1000000, "queue_packets": 20},
 "link_b_to_a": {"delay_ms": 80},
 "actions": [{"at_ms": 0, "host": "B", "do": "listen"},
             {"at_ms": 0, "host": "A", "do": "connect", "isn": 5, "port": 4000},
             {"at_ms": 500, "host": "A", "do": "send", "data": "hello"},
             {"at_ms": 600, "host": "B", "do": "send", "bytes": 20000},
             {"at_ms": 900, "host": "A", "do": "close"}],
 "drops": ["A:S", 3],
 "delays": [{"match": "A:S", "extra_ms": 700}],
 "duplicates": ["B:P.#2"],
 "until_ms": 300000})");
    EXPECT_EQ(s.name, "syn-lost");
    EXPECT_EQ(s.title, "The first SYN is lost");
    EXPECT_EQ(s.profile, "linux");
    EXPECT_EQ(s.seed, 7U);
    EXPECT_EQ(s.a.ip, *tcp::ipv4_from_string("192.168.1.116"));
    EXPECT_EQ(s.a.port, 3337);
    EXPECT_EQ(s.a.isn, 3626544836U);
    EXPECT_EQ(s.b.isn, 1739326486U);
    EXPECT_EQ(s.a_to_b.delay, 50ms);
    EXPECT_EQ(s.a_to_b.rate_bps, 1000000U);
    EXPECT_EQ(s.a_to_b.queue_packets, 20U);
    // link_b_to_a overrides only what it names.
    EXPECT_EQ(s.b_to_a.delay, 80ms);
    EXPECT_EQ(s.b_to_a.rate_bps, 1000000U);
    EXPECT_EQ(s.b_to_a.queue_packets, 20U);
    ASSERT_EQ(s.actions.size(), 5U);
    EXPECT_EQ(s.actions[1].kind, ActionKind::Connect);
    EXPECT_EQ(s.actions[1].isn, 5U);
    EXPECT_EQ(s.actions[1].port, 4000);
    EXPECT_EQ(s.actions[2].data, "hello");
    EXPECT_EQ(s.actions[3].host, HostId::B);
    EXPECT_EQ(s.actions[3].bytes, 20000U);
    EXPECT_EQ(s.actions[4].at, 900ms);
    ASSERT_EQ(s.drops.size(), 2U);
    EXPECT_EQ(s.drops[0].text, "A:S");
    EXPECT_EQ(s.drops[1].wire_index, 3);
    ASSERT_EQ(s.delays.size(), 1U);
    EXPECT_EQ(s.delays[0].extra, 700ms);
    ASSERT_EQ(s.duplicates.size(), 1U);
    EXPECT_EQ(s.duplicates[0].occurrence, 2);
    EXPECT_EQ(s.until, 300s);
    test::expect_same(load_ok(to_json(s)), s);
}

TEST(ScenarioJson, DefaultsAreThoseOfTheScenarioType)
{
    const sim::Scenario s = load_ok(with_hosts(""));
    const sim::Scenario d;
    EXPECT_EQ(s.profile, "rfc");
    EXPECT_EQ(s.seed, 1U);
    EXPECT_FALSE(s.a.isn.has_value());
    EXPECT_EQ(s.a_to_b, d.a_to_b);
    EXPECT_EQ(s.b_to_a, d.b_to_a);
    EXPECT_TRUE(s.actions.empty());
    EXPECT_EQ(s.until, d.until);
}

TEST(ScenarioJson, MillisecondsConvertExactlyToMicroseconds)
{
    const sim::Scenario s = load_ok(with_hosts(R"("link": {"delay_ms": 12.345, "jitter_ms": 0.001},
        "actions": [{"at_ms": 0.5, "host": "A", "do": "close"}, {"at_ms": 1.001, "host": "A", "do": "close"},
                    {"at_ms": 4000000.007, "host": "A", "do": "close"}, {"at_ms": 2.1, "host": "A", "do": "close"}],
        "until_ms": 1e3)"));
    EXPECT_EQ(s.a_to_b.delay, 12345us);
    EXPECT_EQ(s.a_to_b.jitter, 1us);
    EXPECT_EQ(s.actions[0].at, 500us);
    EXPECT_EQ(s.actions[1].at, 1001us);
    EXPECT_EQ(s.actions[2].at, 4000000007us);
    EXPECT_EQ(s.actions[3].at, 2100us);
    EXPECT_EQ(s.until, 1s);
    // And back: fractional milliseconds are written with their decimals.
    const sim::Scenario back = load_ok(to_json(s));
    test::expect_same(back, s);
}

TEST(ScenarioJson, FirstErrorWins)
{
    EXPECT_EQ(load_error(with_hosts(R"("link": {"loss": 2}, "profile": "x")")),
              "lesson.json: link.loss: 2 is out of range 0..1");
}

TEST(ScenarioJson, ToJsonIsPrettyAndInSchemaOrder)
{
    sim::Scenario s;
    s.name = "x";
    s.a = {*tcp::ipv4_from_string("10.0.0.1"), 1000, 7U};
    s.b = {*tcp::ipv4_from_string("10.0.0.2"), 2000, std::nullopt};
    s.b_to_a.delay = 80ms;
    s.actions = {{.at = 0ms, .host = HostId::B, .kind = ActionKind::Listen}};
    const std::string text = to_json(s);
    EXPECT_EQ(text.rfind("{\n  \"name\": \"x\",\n  \"title\": \"\",", 0), 0U) << text;
    EXPECT_NE(text.find("\"link_b_to_a\": {\n    \"delay_ms\": 80\n  }"), std::string::npos) << text;
    EXPECT_NE(text.find("\"isn\": 7"), std::string::npos);
    test::expect_same(load_ok(text), s);
}

TEST(ScenarioJson, FilesAreNamedInMessages)
{
    const auto dir = std::filesystem::temp_directory_path();
    const auto path = dir / "ackademy_scenario_json_test.json";
    {
        std::ofstream out(path);
        out << with_hosts(R"("link": {"loss": 1.5})");
    }
    const LoadResult r = load_scenario_file(path);
    EXPECT_EQ(r.error, path.string() + ": link.loss: 1.5 is out of range 0..1");
    std::filesystem::remove(path);

    const LoadResult missing = load_scenario_file(dir / "ackademy-no-such-file.json");
    EXPECT_FALSE(missing.scenario.has_value());
    EXPECT_EQ(missing.error, (dir / "ackademy-no-such-file.json").string() + ": cannot open the file");

    const LoadResult folder = load_scenario_file(dir);
    EXPECT_FALSE(folder.scenario.has_value());
    EXPECT_EQ(folder.error, dir.string() + ": is a folder; expected a scenario .json file");
}
