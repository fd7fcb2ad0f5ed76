using SalesCoach.Data.Import.Presets;
using SalesCoach.Data.Import.Tabular;
using SalesCoach.Data.Import.Values;
using SalesCoach.Data.Model;

namespace SalesCoach.Data.Import;

/// <summary>
/// Reads our fields out of one row, recording an <see cref="ImportError"/> (with the file's own header)
/// for each value that does not parse. Callers build the row's entity only when <see cref="Failed"/> is false.
/// </summary>
internal sealed class ImportRowReader(TabularRow row, ColumnMap columns, ImportPreset preset, TimeParser times, List<ImportError> errors)
{
    private const int IdLength = 64;
    private bool _failed;

    public int Number => row.Number;
    public bool Failed => _failed;

    public void Error(string field, string reason)
    {
        errors.Add(new ImportError(row.Number, columns.Header(field), reason));
        _failed = true;
    }

    /// <summary>Whether the file has this column at all (an empty cell and a missing column can mean different things).</summary>
    public bool Has(string field) => columns.Has(field);

    /// <summary>The cell, trimmed; null when the file has no such column or the cell is empty.</summary>
    public string? Text(string field, int maxLength = 200)
    {
        if (!columns.Has(field)) return null;
        var value = row.Cell(columns.Index(field))?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Length > maxLength)
        {
            Error(field, $"longer than {maxLength} characters");
            return null;
        }
        return value;
    }

    public string? Required(string field, int maxLength = 200)
    {
        var value = Text(field, maxLength);
        if (value is null && !FailedOn(field)) Error(field, "a value is required");
        return value;
    }

    public string? Id(string field) => Required(field, IdLength);

    public DateTimeOffset? Time(string field, bool required)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null) return null;
        if (times.TryParse(text, out var value, out var problem)) return value;
        Error(field, problem!);
        return null;
    }

    /// <summary>What deals and orders both carry, read in this order: amount, currency, channel and creation time.</summary>
    public (decimal Amount, string Currency, string Channel, DateTimeOffset? CreatedAt) Sale(bool amountRequired)
    {
        var (amount, symbolCurrency) = Amount(amountRequired);
        return (amount, Currency(symbolCurrency), Channel(), Time(ImportFields.CreatedAt, required: true));
    }

    /// <summary>The amount and the currency its symbol or code implies (if any); an empty cell reads as 0.</summary>
    private (decimal Amount, string? Currency) Amount(bool required)
    {
        const string field = ImportFields.Amount;
        var text = required ? Required(field) : Text(field);
        if (text is null) return (0, null);
        if (AmountParser.TryParse(text, out var amount, out var currency, out var problem)) return (amount, currency);
        Error(field, problem!);
        return (0, null);
    }

    /// <summary>The currency column, else the amount's symbol, else CNY.</summary>
    private string Currency(string? fromAmount)
    {
        var text = Text(ImportFields.Currency);
        if (text is null) return fromAmount ?? CurrencyParser.Default;
        if (CurrencyParser.TryParse(text, out var code)) return code;
        Error(ImportFields.Currency, $"'{text}' is not a currency code (e.g. CNY, USD)");
        return CurrencyParser.Default;
    }

    private string Channel()
    {
        var text = Text(ImportFields.Channel, 32);
        return text is null ? ChannelNames.Unknown : ChannelNames.Normalize(text);
    }

    public DealStage? Stage()
    {
        var text = Required(ImportFields.Stage);
        if (text is null) return null;
        if (preset.Stages.TryGetValue(ImportText.Key(text), out var stage)) return stage;
        Error(ImportFields.Stage, $"unknown stage '{text}' for preset {preset.Name}");
        return null;
    }

    public SalesRole Role()
    {
        var text = Text(ImportFields.Role);
        if (text is null) return SalesRole.Rep;
        if (preset.Roles.TryGetValue(ImportText.Key(text), out var role)) return role;
        Error(ImportFields.Role, $"unknown role '{text}' (rep, manager, admin / 销售, 经理, 管理员)");
        return SalesRole.Rep;
    }

    private bool FailedOn(string field) => errors.Count > 0 && errors[^1].Row == row.Number && errors[^1].Column == columns.Header(field);
}
