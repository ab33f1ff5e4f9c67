#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Kingside {

class Workspace;

// What `kingside export` (and an export menu) asks an exporter to write.
struct ExportRequest
{
    Workspace *workspace = nullptr;
    qint64 accountId = 0;
    QString outputPath;
    bool relationships = false; // csv: write relationships instead of people
    // For rendered formats; 0 / empty when not given on the command line.
    QString paper; // A4, A3, Letter, Legal
    bool landscape = false;
    int tileColumns = 0;
    int tileRows = 0;
    int dpi = 0;
};

// One named export format and the function that writes it. A writer refuses an output
// that OutputGuard refuses and writes through SaveFile (complete or absent, mode 0600).
struct ExportFormat
{
    QString name;        // as typed after --format: "graphml", "pdf", …
    QString description; // one line for --help
    std::function<bool(const ExportRequest &request, QString *error)> write;
    bool needsGui = false; // paints with QPainter/fonts: needs a QGuiApplication
};

// The export formats known to this build. GraphML, DOT and CSV are built in; the board
// and print code adds pdf, svg, png and review-pdf by registering them, without
// touching the export command:
//     static const Kingside::ExportRegistrar pdf({"pdf", "The board as vector PDF", writePdf,
//     true});
// (in a file compiled into the executable, e.g. app/CommandExportBoard.cpp, because
// a static registrar inside a static library is dropped by the linker when nothing
// else in its object file is used).
class ExportRegistry
{
public:
    static void add(const ExportFormat &format); // replaces a format of the same name
    static const ExportFormat *find(const QString &name);
    static QList<ExportFormat> formats(); // in registration order, built-ins first
    static QStringList names();
    // Formats the product promises whose writer another part of Kingside provides.
    static QStringList expectedNames();
};

struct ExportRegistrar
{
    explicit ExportRegistrar(const ExportFormat &format) { ExportRegistry::add(format); }
};

} // namespace Kingside
