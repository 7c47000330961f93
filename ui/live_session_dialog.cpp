#include "ui/live_session_dialog.hpp"

#include "core/sim/segment_match.hpp"
#include "core/tcp/wire.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace ackademy::ui {

namespace {

/// The defaults of `ackademy-cli live` (docs/live-mode.md): a /30 in 10.77.0.0, the
/// kernel at .1, our host at .2, the textbook ports.
constexpr const char* kDefaultDevice = "ack0";
constexpr const char* kDefaultLocal = "10.77.0.2:3337";
constexpr const char* kDefaultPeer = "10.77.0.1:7788";
constexpr int kDefaultPrefix = 30;

struct Endpoint {
    tcp::Ipv4Address ip = 0;
    std::optional<std::uint16_t> port;
};

/// Shell quoting for the commands shown: single quotes unless the word is plain.
QString shellWord(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.,:/@%+=-]+$"));
    if (plain.match(word).hasMatch()) return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString firstUpper(QString text)
{
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

} // namespace

LiveSessionDialog::LiveSessionDialog(QWidget* parent, bool canCreateTun)
    : QDialog(parent), canCreateTun_(canCreateTun)
{
    setObjectName(QStringLiteral("LiveSessionDialog"));
    auto* layout = new QVBoxLayout(this);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);

    auto* form = new QFormLayout;
    auto addRow = [&](int i, QWidget* field, const char* name) {
        field->setObjectName(QString::fromLatin1(name));
        labels_[i] = new QLabel(this);
        labels_[i]->setBuddy(field);
        form->addRow(labels_[i], field);
    };
    device_ = new QLineEdit(QString::fromLatin1(kDefaultDevice), this);
    addRow(0, device_, "LiveDevice");
    local_ = new QLineEdit(QString::fromLatin1(kDefaultLocal), this);
    addRow(1, local_, "LiveLocal");
    peer_ = new QLineEdit(QString::fromLatin1(kDefaultPeer), this);
    addRow(2, peer_, "LivePeer");
    prefix_ = new QSpinBox(this);
    prefix_->setRange(24, 30); // check_config's rule: a small subnet
    prefix_->setValue(kDefaultPrefix);
    prefix_->setPrefix(QStringLiteral("/"));
    addRow(3, prefix_, "LivePrefix");
    role_ = new QComboBox(this);
    role_->addItem(QString(), 0);
    role_->addItem(QString(), 1);
    addRow(4, role_, "LiveRole");
    send_ = new QLineEdit(this);
    addRow(5, send_, "LiveSend");
    closeAfter_ = new QDoubleSpinBox(this);
    closeAfter_->setRange(0.0, 86'400.0);
    closeAfter_->setDecimals(1);
    closeAfter_->setSingleStep(0.5);
    closeAfter_->setValue(0.0);
    addRow(6, closeAfter_, "LiveCloseAfter");
    drops_ = new QLineEdit(this);
    addRow(7, drops_, "LiveDrops");
    profile_ = new QComboBox(this);
    profile_->addItem(QStringLiteral("linux"), QStringLiteral("linux"));
    profile_->addItem(QStringLiteral("rfc"), QStringLiteral("rfc"));
    addRow(8, profile_, "LiveProfile");
    layout->addLayout(form);

    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("LiveProblem"));
    problem_->setWordWrap(true);
    problem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = problem_->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    problem_->setPalette(warn);
    layout->addWidget(problem_);

    commands_ = new QLabel(this);
    commands_->setObjectName(QStringLiteral("LiveCommands"));
    commands_->setWordWrap(true);
    commands_->setTextFormat(Qt::RichText);
    commands_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(commands_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);

    for (QLineEdit* edit : {device_, local_, peer_, send_, drops_})
        connect(edit, &QLineEdit::textChanged, this, &LiveSessionDialog::validate);
    connect(prefix_, &QSpinBox::valueChanged, this, &LiveSessionDialog::validate);
    connect(closeAfter_, &QDoubleSpinBox::valueChanged, this, &LiveSessionDialog::validate);
    connect(role_, &QComboBox::currentIndexChanged, this, &LiveSessionDialog::validate);
    connect(profile_, &QComboBox::currentIndexChanged, this, &LiveSessionDialog::validate);
    retranslateUi();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80);
}

void LiveSessionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

void LiveSessionDialog::retranslateUi()
{
    setWindowTitle(tr("Live Session with This Computer"));
    intro_->setText(tr("Ackademy's host (A) talks TCP with this computer's kernel (B) over a new "
                       "TUN device. The diagram shows the connection as it happens: our host's "
                       "states and segments, and every segment the kernel sends (its states cannot "
                       "be seen from outside)."));
    labels_[0]->setText(tr("TUN &device:"));
    labels_[1]->setText(tr("&Our host (A):"));
    labels_[2]->setText(tr("The &kernel's side (B):"));
    labels_[3]->setText(tr("&Subnet prefix:"));
    labels_[4]->setText(tr("&Role:"));
    labels_[5]->setText(tr("&Text to send:"));
    labels_[6]->setText(tr("&Close after:"));
    labels_[7]->setText(tr("&Drop rules:"));
    labels_[8]->setText(tr("&Profile:"));
    local_->setToolTip(tr("IPv4ADDRESS:PORT of Ackademy's host, e.g. 10.77.0.2:3337"));
    peer_->setToolTip(tr("IPv4ADDRESS:PORT the kernel gets on the TUN device, e.g. 10.77.0.1:7788"));
    prefix_->setToolTip(
        tr("Both addresses lie in this small private subnet (24..30; /30 holds just the two)"));
    role_->setItemText(0, tr("Connect to a socket listening on this computer"));
    role_->setItemText(1, tr("Listen for a client on this computer (such as nc)"));
    send_->setPlaceholderText(tr("optional, sent once the connection is established"));
    closeAfter_->setSpecialValueText(tr("don't close (the session ends when the kernel closes)"));
    closeAfter_->setSuffix(tr(" s after the connection is established"));
    drops_->setPlaceholderText(tr("optional, e.g. A:S. B:S#2 (A = our host, B = the kernel)"));
    profile_->setToolTip(tr("Our host's TCP profile; linux behaves as the kernel it talks to"));
    for (QLabel* label : labels_) label->buddy()->setAccessibleName(label->text().remove(QLatin1Char('&')));
    validate();
}

std::optional<LiveSessionSettings> LiveSessionDialog::parse(QString* problem, bool capability) const
{
    auto bad = [problem](const QString& text) -> std::optional<LiveSessionSettings> {
        *problem = text;
        return std::nullopt;
    };
    const bool listen = role_->currentData().toInt() == 1;
    // "IPv4ADDRESS:PORT", the port being optional where `portRequired` is false.
    auto endpoint = [&](const QString& field, const QString& text, bool portRequired,
                        QString* error) -> std::optional<Endpoint> {
        const QString trimmed = text.trimmed();
        const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
        const QString ipText = colon < 0 ? trimmed : trimmed.left(colon);
        const auto ip = tcp::ipv4_from_string(ipText.toStdString());
        if (!ip) {
            *error = tr("%1: “%2” is not an IPv4 address and port; expected e.g. 10.77.0.2:3337")
                         .arg(field, trimmed);
            return std::nullopt;
        }
        Endpoint e{*ip, std::nullopt};
        if (colon < 0) {
            if (portRequired) {
                *error =
                    tr("%1: “%2” has no port; expected IPv4ADDRESS:PORT, e.g. %2:7788").arg(field, trimmed);
                return std::nullopt;
            }
            return e;
        }
        const QString portText = trimmed.mid(colon + 1);
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = tr("%1: port “%2” is not a port number; expected 1..65535").arg(field, portText);
            return std::nullopt;
        }
        e.port = static_cast<std::uint16_t>(port);
        return e;
    };

    LiveSessionSettings s;
    s.tun.name = device_->text().trimmed().toStdString();
    QString error;
    const auto local = endpoint(tr("Our host"), local_->text(), true, &error);
    if (!local) return bad(error);
    const auto peer = endpoint(tr("The kernel's side"), peer_->text(), !listen, &error);
    if (!peer) return bad(error);
    s.tun.host_address = local->ip;
    s.tun.kernel_address = peer->ip;
    s.tun.prefix_length = prefix_->value();
    // The device name and the subnet: the core's safety rules, in the core's words.
    if (auto rule = net::check_config(s.tun)) return bad(firstUpper(QString::fromStdString(*rule)));

    s.listen = listen;
    s.local_port = *local->port;
    s.peer_port = listen ? std::uint16_t{0} : peer->port.value_or(0);
    s.profile = profile_->currentData().toString().toStdString();
    if (!send_->text().isEmpty()) s.send = send_->text().toStdString();
    if (closeAfter_->value() > 0) s.close_after = Duration(std::llround(closeAfter_->value() * 1e6));
    const QStringList rules =
        drops_->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString& rule : rules) {
        std::string why;
        auto match = sim::SegmentMatch::parse(rule.toStdString(), &why);
        if (!match) return bad(tr("Drop rules: %1").arg(QString::fromStdString(why)));
        s.drops.push_back(*match);
    }
    if (capability && !canCreateTun_) return bad(LiveSession::permissionHint());
    problem->clear();
    return s;
}

std::optional<LiveSessionSettings> LiveSessionDialog::settings() const
{
    QString ignored;
    return parse(&ignored);
}

QString LiveSessionDialog::problem() const
{
    QString text;
    (void)parse(&text);
    return text;
}

QString LiveSessionDialog::instructions() const
{
    QString ignored;
    const auto s = parse(&ignored, false);
    if (!s) return {};
    const QString kernel = QString::fromStdString(tcp::ipv4_to_string(s->tun.kernel_address));
    const QString ours = QString::fromStdString(tcp::ipv4_to_string(s->tun.host_address));
    if (!s->listen)
        return tr("Before you press OK, in a terminal run: nc -l %1 %2").arg(kernel).arg(s->peer_port);
    return tr("After you press OK, in a terminal run: nc %1 %2").arg(ours).arg(s->local_port);
}

void LiveSessionDialog::validate()
{
    QString text;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(parse(&text).has_value());
    problem_->setText(text);
    problem_->setVisible(!text.isEmpty());
    // The commands are shown without the capability too: the CLI one says how to get it.
    QString ignored;
    const auto s = parse(&ignored, false);
    if (!s) {
        commands_->clear();
        return;
    }
    // The same session from a terminal, for the notes or a second try.
    QStringList cli = {QStringLiteral("sudo"),
                       QStringLiteral("ackademy-cli"),
                       QStringLiteral("live"),
                       QStringLiteral("--tun"),
                       shellWord(device_->text().trimmed()),
                       QStringLiteral("--local"),
                       shellWord(local_->text().trimmed()),
                       QStringLiteral("--peer"),
                       shellWord(peer_->text().trimmed()),
                       !s->listen ? QStringLiteral("--connect") : QStringLiteral("--listen")};
    if (s->tun.prefix_length != kDefaultPrefix)
        cli << QStringLiteral("--prefix") << QString::number(s->tun.prefix_length);
    if (s->send) cli << QStringLiteral("--send") << shellWord(send_->text());
    if (s->close_after) cli << QStringLiteral("--close-after") << QString::number(closeAfter_->value());
    for (const sim::SegmentMatch& m : s->drops)
        cli << QStringLiteral("--drop") << shellWord(QString::fromStdString(m.text));
    if (s->profile != "linux") cli << QStringLiteral("--profile") << QString::fromStdString(s->profile);
    commands_->setText(QStringLiteral("<p>%1</p><p>%2<br><code>%3</code></p>")
                           .arg(instructions().toHtmlEscaped(),
                                tr("The same session from a terminal:").toHtmlEscaped(),
                                cli.join(QLatin1Char(' ')).toHtmlEscaped()));
}

} // namespace ackademy::ui
