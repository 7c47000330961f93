#include "core/scenario/json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <system_error>
#include <utility>

namespace ackademy::scenario {

namespace {

using Json = nlohmann::ordered_json;
using sim::ActionKind;
using sim::HostId;

/// The first error found; caught in load_scenario_text() and never leaves this file.
struct SchemaError {
    std::string message;
};

[[noreturn]] void fail(const std::string& path, const std::string& message)
{
    throw SchemaError{path.empty() ? message : path + ": " + message};
}

std::string join_path(const std::string& base, std::string_view key)
{
    return base.empty() ? std::string(key) : base + "." + std::string(key);
}

std::string index_path(const std::string& base, std::size_t i)
{
    return base + "[" + std::to_string(i) + "]";
}

/// "a, b or c"
std::string list_words(std::initializer_list<std::string_view> words)
{
    std::string out;
    std::size_t i = 0;
    for (auto w : words) {
        if (i > 0) out += (i + 1 == words.size()) ? " or " : ", ";
        out += w;
        ++i;
    }
    return out;
}

/// How a value looks in a message: strings quoted, numbers as written, containers by kind.
std::string describe(const Json& v)
{
    switch (v.type()) {
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::null:
        return "null";
    default:
        return v.dump();
    }
}

/// Rejects fields not in `allowed`, naming the first unknown one.
void check_fields(const Json& obj, const std::string& path, std::initializer_list<std::string_view> allowed,
                  std::string_view context = {})
{
    for (const auto& [key, value] : obj.items()) {
        bool known = false;
        for (auto a : allowed) known = known || a == key;
        if (!known) {
            std::string msg = "unknown field";
            if (!context.empty()) msg += " for " + std::string(context);
            fail(join_path(path, key), msg + "; expected " + list_words(allowed));
        }
    }
}

const Json& require_object(const Json& v, const std::string& path, std::string_view what)
{
    if (!v.is_object()) fail(path, "expected " + std::string(what) + ", got " + describe(v));
    return v;
}

const Json* find(const Json& obj, std::string_view key)
{
    auto it = obj.find(std::string(key));
    return it == obj.end() ? nullptr : &*it;
}

const Json& require(const Json& obj, const std::string& path, std::string_view key, std::string_view expected)
{
    const Json* v = find(obj, key);
    if (v == nullptr) fail(join_path(path, key), "missing; expected " + std::string(expected));
    return *v;
}

std::string get_string(const Json& v, const std::string& path)
{
    if (!v.is_string()) fail(path, "expected a string, got " + describe(v));
    return v.get<std::string>();
}

/// An integer in [lo, hi]; `what` names the range in the "expected" part.
std::uint64_t get_uint(const Json& v, const std::string& path, std::uint64_t lo, std::uint64_t hi)
{
    const std::string range = std::to_string(lo) + ".." + std::to_string(hi);
    if (v.is_number_unsigned()) {
        const auto n = v.get<std::uint64_t>();
        if (n < lo || n > hi) fail(path, v.dump() + " is out of range " + range);
        return n;
    }
    if (v.is_number_integer()) fail(path, v.dump() + " is out of range " + range);
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (d < 0 || d > 1.8e19) fail(path, v.dump() + " is out of range " + range);
        fail(path, v.dump() + " is not a whole number; expected an integer " + range);
    }
    fail(path, "expected an integer " + range + ", got " + describe(v));
}

double get_probability(const Json& v, const std::string& path)
{
    if (!v.is_number()) fail(path, "expected a probability 0..1, got " + describe(v));
    const double p = v.get<double>();
    if (!(p >= 0.0 && p <= 1.0)) fail(path, v.dump() + " is out of range 0..1");
    return p;
}

constexpr std::int64_t kMaxMs = 1'000'000'000'000; // ~31 years: exact in a double after scaling to µs

/// Milliseconds as an integer or a decimal with at most 3 decimals, as exact integer µs.
Duration get_ms(const Json& v, const std::string& path)
{
    const std::string range = "0.." + std::to_string(kMaxMs);
    if (v.is_number_unsigned()) {
        const auto ms = v.get<std::uint64_t>();
        if (ms > static_cast<std::uint64_t>(kMaxMs)) fail(path, v.dump() + " is out of range " + range);
        return std::chrono::milliseconds(static_cast<std::int64_t>(ms));
    }
    if (v.is_number_integer()) fail(path, v.dump() + " is negative; expected milliseconds " + range);
    if (v.is_number_float()) {
        const double ms = v.get<double>();
        if (ms < 0) fail(path, v.dump() + " is negative; expected milliseconds " + range);
        if (ms > static_cast<double>(kMaxMs)) fail(path, v.dump() + " is out of range " + range);
        const double us = ms * 1000.0;
        const double rounded = std::round(us);
        // A decimal with <= 3 places lands within rounding noise of an integer number of µs.
        if (std::fabs(us - rounded) > 1e-6 * std::max(1.0, rounded))
            fail(path, v.dump() + " is finer than a microsecond; expected at most 3 decimals");
        return Duration(static_cast<std::int64_t>(rounded));
    }
    fail(path, "expected milliseconds (a number " + range + "), got " + describe(v));
}

std::uint16_t get_port(const Json& v, const std::string& path)
{
    return static_cast<std::uint16_t>(get_uint(v, path, 1, 65535));
}

tcp::SeqNum get_isn(const Json& v, const std::string& path)
{
    return static_cast<tcp::SeqNum>(get_uint(v, path, 0, 4294967295U));
}

HostId get_host(const Json& v, const std::string& path)
{
    if (v.is_string()) {
        const auto s = v.get<std::string>();
        if (s == "A") return HostId::A;
        if (s == "B") return HostId::B;
        fail(path, describe(v) + " is not a host; expected \"A\" or \"B\"");
    }
    fail(path, "expected \"A\" or \"B\", got " + describe(v));
}

sim::HostConfig parse_host(const Json& v, const std::string& path)
{
    require_object(v, path, "an object with ip, port and optional isn");
    check_fields(v, path, {"ip", "port", "isn"});
    sim::HostConfig host;
    const std::string ip_path = join_path(path, "ip");
    const std::string ip =
        get_string(require(v, path, "ip", "an IPv4 address such as \"192.168.1.116\""), ip_path);
    auto addr = tcp::ipv4_from_string(ip);
    if (!addr)
        fail(ip_path,
             "\"" + ip + "\" is not an IPv4 address; expected four numbers 0..255 such as \"192.168.1.116\"");
    host.ip = *addr;
    host.port = get_port(require(v, path, "port", "a port 1..65535"), join_path(path, "port"));
    if (const Json* isn = find(v, "isn")) host.isn = get_isn(*isn, join_path(path, "isn"));
    return host;
}

void parse_link_fields(const Json& v, const std::string& path, sim::LinkParams& link)
{
    require_object(v, path, "an object");
    check_fields(v, path,
                 {"delay_ms", "jitter_ms", "loss", "duplicate", "reorder", "rate_bps", "queue_packets"});
    if (const Json* f = find(v, "delay_ms")) link.delay = get_ms(*f, join_path(path, "delay_ms"));
    if (const Json* f = find(v, "jitter_ms")) link.jitter = get_ms(*f, join_path(path, "jitter_ms"));
    if (const Json* f = find(v, "loss")) link.loss = get_probability(*f, join_path(path, "loss"));
    if (const Json* f = find(v, "duplicate"))
        link.duplicate = get_probability(*f, join_path(path, "duplicate"));
    if (const Json* f = find(v, "reorder")) link.reorder = get_probability(*f, join_path(path, "reorder"));
    if (const Json* f = find(v, "rate_bps"))
        link.rate_bps = get_uint(*f, join_path(path, "rate_bps"), 0, 1'000'000'000'000);
    if (const Json* f = find(v, "queue_packets"))
        link.queue_packets =
            static_cast<std::uint32_t>(get_uint(*f, join_path(path, "queue_packets"), 0, 1'000'000));
}

constexpr std::uint64_t kMaxSendBytes = 100'000'000;

sim::Action parse_action(const Json& v, const std::string& path)
{
    require_object(v, path, "an object with at_ms, host and do");
    sim::Action a;
    a.at = get_ms(require(v, path, "at_ms", "the time in milliseconds"), join_path(path, "at_ms"));
    a.host = get_host(require(v, path, "host", "\"A\" or \"B\""), join_path(path, "host"));
    const std::string do_path = join_path(path, "do");
    const Json& d = require(v, path, "do", "an action");
    if (!d.is_string())
        fail(do_path, "expected an action (listen, connect, send, close, abort, crash, pause-reading or "
                      "resume-reading), got " +
                          describe(d));
    auto kind = sim::action_from_string(d.get<std::string>());
    if (!kind)
        fail(do_path, describe(d) + " is not an action; expected listen, connect, send, close, abort, crash, "
                                    "pause-reading or resume-reading");
    a.kind = *kind;
    const std::string context = "\"" + std::string(sim::to_string(a.kind)) + "\"";
    switch (a.kind) {
    case ActionKind::Listen:
        check_fields(v, path, {"at_ms", "host", "do", "isn"}, context);
        break;
    case ActionKind::Connect:
        check_fields(v, path, {"at_ms", "host", "do", "isn", "port"}, context);
        break;
    case ActionKind::Send:
        check_fields(v, path, {"at_ms", "host", "do", "data", "bytes"}, context);
        break;
    default:
        check_fields(v, path, {"at_ms", "host", "do"}, context);
        break;
    }
    if (const Json* f = find(v, "isn")) a.isn = get_isn(*f, join_path(path, "isn"));
    if (const Json* f = find(v, "port")) a.port = get_port(*f, join_path(path, "port"));
    if (a.kind == ActionKind::Send) {
        const Json* data = find(v, "data");
        const Json* bytes = find(v, "bytes");
        if ((data == nullptr) == (bytes == nullptr))
            fail(path, std::string("send needs exactly one of data (text) or bytes (a count), got ") +
                           (data != nullptr ? "both" : "neither"));
        if (data != nullptr) {
            a.data = get_string(*data, join_path(path, "data"));
            if (a.data.empty()) fail(join_path(path, "data"), "is empty; expected at least one character");
        } else {
            a.bytes = get_uint(*bytes, join_path(path, "bytes"), 1, kMaxSendBytes);
        }
    }
    return a;
}

sim::SegmentMatch get_match(const Json& v, const std::string& path)
{
    if (!v.is_string() && !v.is_number_unsigned())
        fail(path, "expected a segment rule such as \"A:S\", \"B:S.#2\" or \"3\", got " + describe(v));
    const std::string text = v.is_string() ? v.get<std::string>() : v.dump();
    std::string error;
    auto rule = sim::SegmentMatch::parse(text, &error);
    if (!rule) fail(path, error);
    return *rule;
}

std::vector<sim::SegmentMatch> parse_matches(const Json& v, const std::string& path)
{
    if (!v.is_array()) fail(path, "expected an array of segment rules such as [\"A:S\"], got " + describe(v));
    std::vector<sim::SegmentMatch> out;
    for (std::size_t i = 0; i < v.size(); ++i) out.push_back(get_match(v[i], index_path(path, i)));
    return out;
}

sim::Scenario parse_scenario(const Json& root)
{
    if (!root.is_object()) fail("", "expected a JSON object at the top level, got " + describe(root));
    check_fields(root, "",
                 {"name", "title", "description", "profile", "seed", "hosts", "link", "link_b_to_a",
                  "actions", "drops", "delays", "duplicates", "until_ms"});
    // Document order, so that the first error in the file is the one reported.
    sim::Scenario s;
    const Json* link_b_to_a = nullptr;
    for (const auto& [key, value] : root.items()) {
        const Json& f = value;
        if (key == "name")
            s.name = get_string(f, key);
        else if (key == "title")
            s.title = get_string(f, key);
        else if (key == "description")
            s.description = get_string(f, key);
        else if (key == "profile") {
            if (!f.is_string()) fail(key, "expected \"rfc\" or \"linux\", got " + describe(f));
            s.profile = f.get<std::string>();
            if (s.profile != "rfc" && s.profile != "linux")
                fail(key, describe(f) + " is not a profile; expected \"rfc\" or \"linux\"");
        } else if (key == "seed") {
            s.seed = get_uint(f, key, 0, std::numeric_limits<std::uint64_t>::max());
        } else if (key == "hosts") {
            require_object(f, key, "an object with A and B");
            check_fields(f, key, {"A", "B"});
            s.a = parse_host(require(f, key, "A", "an object with ip, port and optional isn"), "hosts.A");
            s.b = parse_host(require(f, key, "B", "an object with ip, port and optional isn"), "hosts.B");
        } else if (key == "link") {
            parse_link_fields(f, key, s.a_to_b);
        } else if (key == "link_b_to_a") {
            sim::LinkParams check; // validated here, applied on top of "link" below
            parse_link_fields(f, key, check);
            link_b_to_a = &f;
        } else if (key == "actions") {
            if (!f.is_array()) fail(key, "expected an array of actions, got " + describe(f));
            for (std::size_t i = 0; i < f.size(); ++i)
                s.actions.push_back(parse_action(f[i], index_path(key, i)));
        } else if (key == "drops") {
            s.drops = parse_matches(f, key);
        } else if (key == "delays") {
            if (!f.is_array())
                fail(key, "expected an array of {\"match\": ..., \"extra_ms\": ...}, got " + describe(f));
            for (std::size_t i = 0; i < f.size(); ++i) {
                const std::string path = index_path(key, i);
                const Json& d = require_object(f[i], path, "an object with match and extra_ms");
                check_fields(d, path, {"match", "extra_ms"});
                sim::DelayRule rule;
                rule.match =
                    get_match(require(d, path, "match", "a segment rule such as \"A:S\""), path + ".match");
                rule.extra = get_ms(require(d, path, "extra_ms", "milliseconds"), path + ".extra_ms");
                s.delays.push_back(std::move(rule));
            }
        } else if (key == "duplicates") {
            s.duplicates = parse_matches(f, key);
        } else if (key == "until_ms") {
            s.until = get_ms(f, key);
        }
    }
    require(root, "", "hosts", "an object with A and B");
    s.b_to_a = s.a_to_b; // link_b_to_a overrides only the fields it names
    if (link_b_to_a != nullptr) parse_link_fields(*link_b_to_a, "link_b_to_a", s.b_to_a);
    return s;
}

/// 1-based line and column of the byte at 1-based position `byte` (nlohmann's parse_error::byte).
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t byte)
{
    const std::size_t end = std::min(byte == 0 ? 0 : byte - 1, text.size());
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    return {line, end - line_start + 1};
}

/// The code point of the well-formed UTF-8 sequence at `i` and its length in bytes, or a
/// length of 0 if the byte at `i` does not begin one.
std::pair<std::uint32_t, std::size_t> decode_utf8(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b = byte(i);
    std::size_t n = 0;
    std::uint32_t code = 0;
    if (b < 0x80) return {b, 1};
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
        code = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        code = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        code = b & 0x07u;
    } else {
        return {0, 0}; // a continuation byte, or a byte never valid in UTF-8 (0xC0, 0xC1, 0xF5..0xFF)
    }
    if (i + n > s.size()) return {0, 0};
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u) return {0, 0};
        code = (code << 6) | (byte(i + k) & 0x3Fu);
    }
    const std::uint32_t smallest = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {0, 0};
    return {code, n};
}

std::string hex(std::uint32_t value, int digits)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string s(static_cast<std::size_t>(digits), '0');
    for (int d = digits - 1; d >= 0; --d, value >>= 4) s[static_cast<std::size_t>(d)] = kDigits[value & 0x0F];
    return s;
}

std::string hex_byte(unsigned char b)
{
    // Appended rather than "0x" + hex(...): GCC 12 at -O2 warns (-Wrestrict, a false positive,
    // GCC bug 105329) on a literal plus a temporary string.
    std::string s = "0x";
    s += hex(b, 2);
    return s;
}


/// Index of the first byte after a UTF-8 byte order mark and JSON whitespace (what nlohmann skips).
std::size_t first_significant_byte(std::string_view text)
{
    std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    return i;
}

/// What a file that cannot be JSON starts with: its first word if that is plain text, else the
/// first byte in hexadecimal (a PNG starts with 0x89).
std::string describe_start(std::string_view text, std::size_t first)
{
    std::size_t end = first;
    while (end < text.size() && end - first < 16 && text[end] > ' ' && text[end] < 0x7F) ++end;
    if (end == first) return "the byte " + hex_byte(static_cast<unsigned char>(text[first]));
    return "'" + std::string(text.substr(first, end - first)) + "'";
}

/// nlohmann's parse_error text without its "[json.exception...] parse error at line L, column C: " prefix.
std::string syntax_detail(const std::string& what)
{
    std::string detail = what;
    if (auto colon = detail.find(": "); colon != std::string::npos && detail.rfind("[json.exception", 0) == 0)
        detail = detail.substr(colon + 2);
    for (std::string_view prefix : {"syntax error while parsing ", "syntax error "}) {
        if (detail.rfind(prefix, 0) == 0) {
            detail = "while parsing " + detail.substr(prefix.size());
            break;
        }
    }
    return detail;
}

Json ms_json(Duration d)
{
    const auto us = d.count();
    if (us % 1000 == 0) return Json(us / 1000);
    return Json(static_cast<double>(us) / 1000.0);
}

Json link_json(const sim::LinkParams& l)
{
    Json j = Json::object();
    j["delay_ms"] = ms_json(l.delay);
    j["jitter_ms"] = ms_json(l.jitter);
    j["loss"] = l.loss;
    j["duplicate"] = l.duplicate;
    j["reorder"] = l.reorder;
    j["rate_bps"] = l.rate_bps;
    j["queue_packets"] = l.queue_packets;
    return j;
}

Json host_json(const sim::HostConfig& h)
{
    Json j = Json::object();
    j["ip"] = tcp::ipv4_to_string(h.ip);
    j["port"] = h.port;
    if (h.isn) j["isn"] = *h.isn;
    return j;
}

/// load_scenario_text() but for making its message readable.
LoadResult load_unchecked(std::string_view json, std::string_view source_name)
{
    const std::string source(source_name);
    try {
        const Json root = Json::parse(json.begin(), json.end());
        return {parse_scenario(root), {}};
    } catch (const Json::parse_error& e) {
        // A scenario is a JSON object. A file whose first character cannot begin one or an array
        // (a picture, a pcap, a text) is not a broken scenario: say so, not what nlohmann's
        // parser expected at that byte. A broken object or array gets the parser's detail.
        const std::size_t first = first_significant_byte(json);
        if (first < json.size() && json[first] != '{' && json[first] != '[') {
            const auto [line, column] = line_column(json, first + 1);
            return {std::nullopt, source + ":" + std::to_string(line) + ":" + std::to_string(column) +
                                      ": not a JSON scenario: it starts with " + describe_start(json, first) +
                                      "; expected a JSON object, which starts with '{'"};
        }
        const auto [line, column] = line_column(json, e.byte);
        return {std::nullopt, source + ":" + std::to_string(line) + ":" + std::to_string(column) +
                                  ": syntax error: " + syntax_detail(e.what())};
    } catch (const SchemaError& e) {
        return {std::nullopt, source + ": " + e.message};
    } catch (const std::exception& e) {
        return {std::nullopt, source + ": " + e.what()};
    }
}

} // namespace

LoadResult load_scenario_text(std::string_view json, std::string_view source_name)
{
    // Every message is made one readable line at the end (readable()): nlohmann's "last read"
    // quotes the file's bytes as they are, and a key or value quoted from the file may hold a
    // control character that JSON escapes ("\n") decode to.
    LoadResult r = load_unchecked(json, source_name);
    r.error = readable(r.error);
    return r;
}

LoadResult load_scenario_file(const std::filesystem::path& path)
{
    // A folder opens as an empty stream on Linux: say what it is, not "unexpected end of input".
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return {std::nullopt, readable(path.string() + ": is a folder; expected a scenario .json file")};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {std::nullopt, readable(path.string() + ": cannot open the file")};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return {std::nullopt, readable(path.string() + ": cannot read the file")};
    return load_scenario_text(buffer.str(), path.string());
}

std::string to_json(const sim::Scenario& s)
{
    Json j = Json::object();
    j["name"] = s.name;
    j["title"] = s.title;
    j["description"] = s.description;
    j["profile"] = s.profile;
    j["seed"] = s.seed;
    j["hosts"] = Json::object();
    j["hosts"]["A"] = host_json(s.a);
    j["hosts"]["B"] = host_json(s.b);
    j["link"] = link_json(s.a_to_b);
    if (!(s.b_to_a == s.a_to_b)) {
        // Only the fields that differ: the rest inherit from "link".
        const Json a = link_json(s.a_to_b);
        const Json b = link_json(s.b_to_a);
        Json diff = Json::object();
        for (const auto& [key, value] : b.items())
            if (a[key] != value) diff[key] = value;
        j["link_b_to_a"] = diff;
    }
    Json actions = Json::array();
    for (const auto& a : s.actions) {
        Json o = Json::object();
        o["at_ms"] = ms_json(a.at);
        o["host"] = std::string(1, sim::host_letter(a.host));
        o["do"] = std::string(sim::to_string(a.kind));
        if (a.kind == ActionKind::Send) {
            if (a.bytes > 0)
                o["bytes"] = a.bytes;
            else
                o["data"] = a.data;
        }
        if (a.isn) o["isn"] = *a.isn;
        if (a.port) o["port"] = *a.port;
        actions.push_back(std::move(o));
    }
    j["actions"] = std::move(actions);
    Json drops = Json::array();
    for (const auto& d : s.drops) drops.push_back(d.text);
    j["drops"] = std::move(drops);
    Json delays = Json::array();
    for (const auto& d : s.delays)
        delays.push_back(Json{{"match", d.match.text}, {"extra_ms", ms_json(d.extra)}});
    j["delays"] = std::move(delays);
    Json dups = Json::array();
    for (const auto& d : s.duplicates) dups.push_back(d.text);
    j["duplicates"] = std::move(dups);
    j["until_ms"] = ms_json(s.until);
    return j.dump(2) + "\n";
}

// A control character (a JSON string may hold "\n", a key too) is written <U+000A>, as nlohmann
// writes it in "last read"; a byte that is not UTF-8 is written <0x89>. Raw, either would break
// the one-line message on a terminal, and an invalid byte shows as U+FFFD in the GUI.
std::string readable(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto [code, n] = decode_utf8(text, i);
        if (n == 0) {
            out += '<';
            out += hex_byte(static_cast<unsigned char>(text[i]));
            out += '>';
            ++i;
            continue;
        }
        if (code < 0x20 || (code >= 0x7F && code < 0xA0)) {
            out += "<U+"; // C0, DEL and C1 controls
            out += hex(code, 4);
            out += '>';
        } else {
            out.append(text.substr(i, n));
        }
        i += n;
    }
    return out;
}

} // namespace ackademy::scenario
