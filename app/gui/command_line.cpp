#include "app/gui/command_line.hpp"

#include "core/scenario/builtin.hpp"
#include "core/scenario/json.hpp"
#include "core/scenario/suggest.hpp"
#include "core/sim/segment_match.hpp"
#include "core/tcp/profile.hpp"
#include "ui/language.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <filesystem>

namespace ackademy::gui {

namespace {

/// The translation context of the command line's messages (also used by gui_app.cpp); a
/// struct so that lupdate files CommandLine::tr() calls under the same context as run time.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(ackademy::gui::CommandLine)
};

ParseResult failure(const QString& message)
{
    ParseResult r;
    r.action = ParseResult::Action::Exit;
    r.exitCode = 2;
    r.error = message;
    return r;
}

/// "a, b or c"
QString joinAlternatives(const QStringList& names)
{
    QString s;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0) s += i + 1 == names.size() ? CommandLine::tr(" or ") : QStringLiteral(", ");
        s += names[i];
    }
    return s;
}

QString joinAlternatives(const std::vector<std::string>& names)
{
    QStringList list;
    for (const std::string& n : names) list << QString::fromStdString(n);
    return joinAlternatives(list);
}

bool looksLikePath(const QString& s)
{
    return s.contains(QLatin1Char('/')) || s.endsWith(QLatin1String(".json"));
}

/// Empty if `path` can plausibly be written (its folder exists and is writable).
QString checkWritable(const QString& path)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        return CommandLine::tr("cannot write %1: the folder %2 does not exist").arg(path, dir.filePath());
    if (!dir.isWritable())
        return CommandLine::tr("cannot write %1: the folder %2 is not writable").arg(path, dir.filePath());
    if (info.isDir()) return CommandLine::tr("cannot write %1: it is a folder").arg(path);
    if (info.exists() && !info.isWritable())
        return CommandLine::tr("cannot write %1: the file is not writable").arg(path);
    return {};
}

/// What a value option expects, for the message when its value is missing.
struct ExpectedValue {
    const QCommandLineOption* option;
    QString expected;
};

/// QCommandLineParser's own messages ("Unknown option 'frob'.", "Unexpected value after
/// '--end'.", "Missing value after '--theme'.") say what is wrong but not what was expected;
/// these say both, as ackademy-cli's do.
QString parseFailure(const QCommandLineParser& parser, const QStringList& arguments,
                     const QList<QCommandLineOption>& options, const std::vector<ExpectedValue>& values)
{
    // The name an argument gives an option: "-theme=x" and "--theme" both name "theme".
    auto optionName = [](const QString& argument) {
        const QString bare = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        return bare.section(QLatin1Char('='), 0, 0);
    };
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        QString typed = QStringLiteral("--") + unknown.first();
        for (const QString& argument : arguments.mid(1))
            if (argument.startsWith(QLatin1Char('-')) && optionName(argument) == unknown.first()) {
                typed = argument.section(QLatin1Char('='), 0, 0);
                break;
            }
        std::vector<std::string> names;
        for (const QCommandLineOption& o : options)
            for (const QString& n : o.names())
                if (n.size() > 1) names.push_back("--" + n.toStdString());
        const std::vector<std::string> near =
            scenario::likely_options("--" + optionName(typed).toStdString(), names);
        if (!near.empty())
            return CommandLine::tr("unknown option '%1'; did you mean %2?").arg(typed, joinAlternatives(near));
        return CommandLine::tr("unknown option '%1'; 'ackademy --help' lists the options").arg(typed);
    }
    // A flag given a value (--presentation=yes).
    for (const QString& argument : arguments.mid(1)) {
        if (!argument.startsWith(QLatin1Char('-')) || !argument.contains(QLatin1Char('='))) continue;
        for (const QCommandLineOption& o : options)
            if (o.valueName().isEmpty() && o.names().contains(optionName(argument))) {
                const QString flag = argument.section(QLatin1Char('='), 0, 0);
                return CommandLine::tr("%1 takes no value; expected %1 alone").arg(flag);
            }
    }
    // The parser's other complaint: a value option last, with nothing after it.
    if (arguments.size() > 1 && arguments.last().startsWith(QLatin1Char('-'))) {
        const QString name = optionName(arguments.last());
        for (const ExpectedValue& v : values)
            if (v.option->names().contains(name))
                return CommandLine::tr("%1: no value given; expected %2")
                    .arg(QStringLiteral("--") + v.option->names().constLast(), v.expected);
    }
    return parser.errorText();
}

} // namespace

QStringList panelNames()
{
    return {QStringLiteral("events"), QStringLiteral("link"),  QStringLiteral("inspector"),
            QStringLiteral("hosts"),  QStringLiteral("state"), QStringLiteral("cwnd")};
}

QString panelDockName(const QString& panel)
{
    static const char* const docks[] = {"EventListDock", "LinkSettingsDock", "PacketInspectorDock",
                                        "HostsDock",     "StateDiagramDock", "CwndPlotDock"};
    const qsizetype i = panelNames().indexOf(panel);
    return i < 0 ? QString() : QString::fromLatin1(docks[i]);
}

ParseResult parseGuiArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Ackademy: an interactive TCP simulator for the classroom."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     CommandLine::tr("Show the version and exit."));
    const QCommandLineOption profile(QStringLiteral("profile"), CommandLine::tr("TCP profile: rfc or linux."),
                                     CommandLine::tr("P"));
    const QCommandLineOption drop(
        QStringLiteral("drop"),
        CommandLine::tr("Drop a segment: N (the N-th on the wire) or [A|B:]FLAGS[#K], e.g. B:S. "
                        "(repeatable)."),
        CommandLine::tr("SPEC"));
    const QCommandLineOption atMs(QStringLiteral("at-ms"),
                                  CommandLine::tr("Put the playhead at T milliseconds."),
                                  CommandLine::tr("T"));
    const QCommandLineOption step(
        QStringLiteral("step"), CommandLine::tr("Put the playhead on the N-th event."), CommandLine::tr("N"));
    const QCommandLineOption end(QStringLiteral("end"), CommandLine::tr("Put the playhead at the end."));
    const QCommandLineOption theme(QStringLiteral("theme"), CommandLine::tr("Colour theme: light or dark."),
                                   CommandLine::tr("THEME"));
    const QCommandLineOption size(QStringLiteral("size"), CommandLine::tr("Window size, e.g. 1920x1080."),
                                  CommandLine::tr("WxH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        CommandLine::tr("Write the whole window to FILE.png and exit."),
                                        CommandLine::tr("FILE.png"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"), CommandLine::tr("Write the diagram to FILE (.png, .svg or .pdf) and exit."),
        CommandLine::tr("FILE"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        CommandLine::tr("Select the N-th segment on the wire (1-based), as a click on it does."),
        CommandLine::tr("N"));
    const QCommandLineOption panel(QStringLiteral("panel"),
                                   CommandLine::tr("Show this panel on top of its tab group: %1.")
                                       .arg(panelNames().join(QStringLiteral(", "))),
                                   CommandLine::tr("NAME"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        CommandLine::tr("Start in presentation mode (full screen unless --size is given)."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        CommandLine::tr("User interface language: %1 (default: the system's).").arg(ui::Language::supportedCodes()),
        CommandLine::tr("CODE"));
    const QList<QCommandLineOption> options = {help,  version, profile, drop,         atMs,
                                               step,  end,     theme,   size,         select,
                                               panel, presentation, screenshot, exportOption, lang};
    parser.addOptions(options);
    parser.addPositionalArgument(
        QStringLiteral("SCENARIO"),
        CommandLine::tr("A built-in scenario name or a .json file (default: handshake)."),
        CommandLine::tr("[SCENARIO]"));

    QStringList profileNames;
    for (std::string_view n : tcp::Profile::names())
        profileNames << QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
    // What each value option expects, in the words of its own error message below.
    const std::vector<ExpectedValue> expectedValues = {
        {&profile, joinAlternatives(profileNames)},
        //: What --drop expects, after "expected"
        {&drop, CommandLine::tr("N (the N-th segment on the wire) or [A|B:]FLAGS[#K], e.g. B:S.")},
        //: What --at-ms expects, after "expected"
        {&atMs, CommandLine::tr("a time in milliseconds, 0 or more")},
        //: What --step expects, after "expected"
        {&step, CommandLine::tr("a whole number, 0 or more")},
        //: What --theme expects, after "expected"
        {&theme, CommandLine::tr("light or dark")},
        //: What --size expects, after "expected"
        {&size, CommandLine::tr("WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080")},
        //: What --select expects, after "expected"
        {&select, CommandLine::tr("a segment number, 1 or more")},
        {&panel, joinAlternatives(panelNames())},
        //: What --screenshot expects, after "expected"
        {&screenshot, CommandLine::tr("a .png file")},
        //: What --export expects, after "expected"
        {&exportOption, CommandLine::tr("a .png, .svg or .pdf file")},
        //: What --lang expects, after "expected"; %1 the language codes
        {&lang, CommandLine::tr("one of %1").arg(ui::Language::supportedCodes())},
    };
    if (!parser.parse(arguments))
        return failure(parseFailure(parser, arguments, options, expectedValues));
    if (parser.isSet(help)) {
        ParseResult r;
        r.action = ParseResult::Action::Exit;
        r.output = parser.helpText();
        return r;
    }
    if (parser.isSet(version)) {
        ParseResult r;
        r.action = ParseResult::Action::Exit;
        r.output = QStringLiteral("ackademy %1\n").arg(QStringLiteral(ACKADEMY_VERSION));
        return r;
    }

    ParseResult result;
    GuiOptions& o = result.options;

    // The scenario.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return failure(CommandLine::tr("expected at most one scenario, got %1: %2")
                           .arg(positional.size())
                           .arg(positional.join(QLatin1Char(' '))));
    const QString name = positional.isEmpty() ? QStringLiteral("handshake") : positional.first();
    o.scenarioGiven = !positional.isEmpty();
    o.source = name;
    if (auto builtin = scenario::builtin_scenario(name.toStdString())) {
        o.scenario = std::move(*builtin);
    } else if (looksLikePath(name) || QFileInfo::exists(name)) {
        scenario::LoadResult loaded = scenario::load_scenario_file(std::filesystem::path(name.toStdString()));
        if (!loaded.scenario) return failure(QString::fromStdString(loaded.error));
        o.scenario = std::move(*loaded.scenario);
    } else {
        const auto near = scenario::nearest_builtin_names(name.toStdString());
        if (near.empty())
            return failure(CommandLine::tr(
                               "unknown scenario '%1'; expected a built-in name (see 'ackademy-cli list') or "
                               "a .json file")
                               .arg(name));
        return failure(
            CommandLine::tr("unknown scenario '%1'; did you mean %2?").arg(name, joinAlternatives(near)));
    }

    if (parser.isSet(profile)) {
        const QString p = parser.value(profile);
        if (tcp::Profile::by_name(p.toStdString()) == nullptr) {
            return failure(CommandLine::tr("unknown profile '%1'; expected %2")
                               .arg(p, joinAlternatives(profileNames)));
        }
        o.scenario.profile = p.toStdString();
        o.scenarioEdited = true;
    }
    for (const QString& spec : parser.values(drop)) {
        std::string error;
        auto rule = sim::SegmentMatch::parse(spec.toStdString(), &error);
        if (!rule) return failure(CommandLine::tr("--drop %1: %2").arg(spec, QString::fromStdString(error)));
        o.scenario.drops.push_back(*rule);
        o.scenarioEdited = true;
    }

    // The playhead.
    const int placements =
        (parser.isSet(atMs) ? 1 : 0) + (parser.isSet(step) ? 1 : 0) + (parser.isSet(end) ? 1 : 0);
    if (placements > 1)
        return failure(
            CommandLine::tr("--at-ms, --step and --end place the playhead; give at most one of them"));
    if (parser.isSet(atMs)) {
        bool ok = false;
        const double ms = parser.value(atMs).toDouble(&ok);
        if (!ok || !std::isfinite(ms) || ms < 0 || ms > 1e12)
            return failure(CommandLine::tr("--at-ms %1: expected a time in milliseconds, 0 or more")
                               .arg(parser.value(atMs)));
        o.atTime = Time{static_cast<Time::rep>(std::llround(ms * 1000.0))};
    }
    if (parser.isSet(step)) {
        bool ok = false;
        const int n = parser.value(step).toInt(&ok);
        if (!ok || n < 0)
            return failure(
                CommandLine::tr("--step %1: expected a whole number, 0 or more").arg(parser.value(step)));
        o.steps = n;
    }
    o.end = parser.isSet(end);

    if (parser.isSet(theme)) {
        const QString t = parser.value(theme);
        if (t != QLatin1String("light") && t != QLatin1String("dark"))
            return failure(CommandLine::tr("--theme %1: expected light or dark").arg(t));
        o.theme = t;
    }
    if (parser.isSet(lang)) {
        const QString code = ui::Language::normalize(parser.value(lang));
        if (code.isEmpty())
            return failure(CommandLine::tr("--lang %1: expected one of %2")
                               .arg(parser.value(lang), ui::Language::supportedCodes()));
        o.language = code;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch m = pattern.match(parser.value(size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 8192 || h > 8192)
            return failure(
                CommandLine::tr("--size %1: expected WIDTHxHEIGHT from 320x240 to 8192x8192, e.g. 1920x1080")
                    .arg(parser.value(size)));
        o.size = QSize(w, h);
    }
    if (parser.isSet(select)) {
        bool ok = false;
        const int n = parser.value(select).toInt(&ok);
        if (!ok || n < 1)
            return failure(CommandLine::tr("--select %1: expected a segment number, 1 or more")
                               .arg(parser.value(select)));
        o.select = n;
    }
    if (parser.isSet(panel)) {
        o.panel = parser.value(panel);
        if (panelDockName(o.panel).isEmpty())
            return failure(CommandLine::tr("--panel %1: expected %2")
                               .arg(o.panel, joinAlternatives(panelNames())));
    }
    o.presentation = parser.isSet(presentation);
    if (parser.isSet(screenshot)) {
        o.screenshot = parser.value(screenshot);
        if (QFileInfo(o.screenshot).suffix().toLower() != QLatin1String("png"))
            return failure(CommandLine::tr("--screenshot %1: expected a .png file").arg(o.screenshot));
        if (const QString e = checkWritable(o.screenshot); !e.isEmpty()) return failure(e);
    }
    if (parser.isSet(exportOption)) {
        o.exportPath = parser.value(exportOption);
        const QString suffix = QFileInfo(o.exportPath).suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
            suffix != QLatin1String("pdf"))
            return failure(
                CommandLine::tr("--export %1: expected a .png, .svg or .pdf file").arg(o.exportPath));
        if (const QString e = checkWritable(o.exportPath); !e.isEmpty()) return failure(e);
    }
    return result;
}

} // namespace ackademy::gui
