// ts_check: is every Qt Linguist file complete and in step with the sources? (issue 7)
//
//   ts_check COMMITTED.ts UPDATED.ts [COMMITTED.ts UPDATED.ts]...
//
// COMMITTED is the .ts file in translations/; UPDATED is a copy of it that lupdate has just
// brought up to date with the sources (tests/ui/translations_check.cmake makes it). Reported,
// one line each with the context and the source text:
//   - new:        in the sources but not in the committed file (someone added a tr() string
//                 and did not run update_translations);
//   - vanished:   in the file but no longer in the sources (type="vanished" or "obsolete");
//   - unfinished: type="unfinished" or an empty translation. The English file (ackademy_en.ts)
//                 only carries the plural forms, so there only numerus messages count.
// Exit status 0 when nothing is reported, 1 when something is, 2 for bad arguments or files.

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< the text, or each numerus form
    bool vanished() const { return type == QLatin1String("vanished") || type == QLatin1String("obsolete"); }
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

bool readTs(const QString& path, QList<Message>* messages, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus) m.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages->append(m);
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QString describe(const Message& m)
{
    QString s = QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
    if (!m.comment.isEmpty()) s += QStringLiteral(" (disambiguation \"%1\")").arg(m.comment);
    return s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

int check(const QString& committedPath, const QString& updatedPath)
{
    QList<Message> committed;
    QList<Message> updated;
    QString error;
    if (!readTs(committedPath, &committed, &error) || !readTs(updatedPath, &updated, &error)) {
        std::fprintf(stderr, "ts_check: %s\n", qPrintable(error));
        return -1;
    }
    const QString file = QFileInfo(committedPath).fileName();
    // ackademy_en.ts: the source texts are English already; only the plural forms are needed.
    const bool pluralsOnly = file.endsWith(QLatin1String("_en.ts"));

    QHash<QString, const Message*> committedByKey;
    for (const Message& m : committed) committedByKey.insert(m.key(), &m);

    int problems = 0;
    auto report = [&](const char* what, const Message& m) {
        std::printf("%s: %s: %s\n", qPrintable(file), what, qPrintable(describe(m)));
        ++problems;
    };
    for (const Message& m : updated) {
        if (m.vanished()) {
            report("vanished (no longer in the sources; remove it)", m);
            continue;
        }
        const auto it = committedByKey.constFind(m.key());
        if (it == committedByKey.constEnd()) {
            report("new (in the sources, missing from the file; run update_translations)", m);
            continue;
        }
        const Message& c = **it;
        if (pluralsOnly && !m.numerus) continue;
        bool empty = c.translations.isEmpty();
        for (const QString& t : c.translations) empty = empty || t.isEmpty();
        if (c.type == QLatin1String("unfinished") || empty) report("unfinished", c);
    }
    if (problems > 0)
        std::printf("%s: %d problem(s) in %lld messages\n", qPrintable(file), problems,
                    static_cast<long long>(updated.size()));
    else
        std::printf("%s: complete, %lld messages\n", qPrintable(file), static_cast<long long>(updated.size()));
    return problems;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3 || (argc - 1) % 2 != 0) {
        std::fprintf(stderr, "usage: ts_check COMMITTED.ts UPDATED.ts [COMMITTED.ts UPDATED.ts]...\n");
        return 2;
    }
    int total = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const int problems = check(QString::fromLocal8Bit(argv[i]), QString::fromLocal8Bit(argv[i + 1]));
        if (problems < 0) return 2;
        total += problems;
    }
    return total == 0 ? 0 : 1;
}
