#pragma once

#include <QPageLayout>
#include <QString>

#include <optional>

namespace Kingside {

// The paper a map is printed on and how it is spread over pages.
struct PageSetup
{
    enum class Paper
    {
        A4,
        A3,
        Letter,
        Legal
    };

    Paper paper = Paper::A4;
    bool landscape = false;
    int columns = 1; // 1 × 1: fit the whole map on one page
    int rows = 1;
    qreal marginMm = 10;  // white border around everything printed
    qreal overlapMm = 12; // tiles: the strip two neighbouring pages both show

    static constexpr int MaxTiles = 20; // per direction

    bool isTiled() const { return columns > 1 || rows > 1; }
    int pageCount() const { return columns * rows; }
    QPageSize pageSize() const;
    QPageLayout pageLayout() const; // zero margins: the map printer draws its own
    // Empty when usable, else why not (for the user).
    QString validate() const;

    static QString paperName(Paper paper);
    static std::optional<Paper> paperFromName(const QString &name); // case-insensitive
    static std::optional<Paper> paperFromPageSize(const QPageSize &size);
    // "B2 of 3×2": columns lettered from A, rows numbered from 1.
    static QString gridLabel(int column, int row, int columns, int rows);
    static QString columnLetter(int column); // 0 → A, 25 → Z, 26 → AA
};

} // namespace Kingside
