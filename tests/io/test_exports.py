"""Real exports (METRICS.md section 3, issue 11): known layouts built from their published header lists with a
few hand-made rows, imported as .xlsx and .csv, and checked against hand-worked figures and the slow reference."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import numpy as np
import pytest
from openpyxl import load_workbook

from retention_gui.cli import main
from retention_gui.core.errors import InputError
from retention_gui.io.reader import import_file
from retention_gui.pipeline import analyse_file, to_json

from ..core.reference import reference
from ..helpers import write_csv, write_xlsx

D = dt.date
COUNTED = ("customers_start", "customers_end", "new_customers", "retained_customers", "lost_customers",
           "reactivated_customers", "active_customers", "orders", "revenue", "repeat_customers")


def write(tmp_path, fmt: str, rows: list[list[object]], sep: str = ",", name: str = "export"):
    """The same table as .xlsx (typed cells) or .csv (text as the system writes it)."""
    if fmt == "xlsx":
        return write_xlsx(tmp_path / f"{name}.xlsx", rows)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    return write_csv(tmp_path / f"{name}.csv", buf.getvalue())


def check_reference(analysis, rows: list[tuple], with_ids: bool = True) -> None:
    """The fast pipeline's period table equals the plain reference on the rows the rules leave."""
    expected = reference(rows, with_ids=with_ids)
    got = analysis.periods
    assert len(got) == len(expected)
    for key in COUNTED:
        want = np.array([e[key] for e in expected], dtype=float)
        np.testing.assert_allclose(got[key].to_numpy(dtype=float), want, rtol=1e-12, atol=1e-9, err_msg=key)


def warnings_of(analysis, code: str):
    return [p for p in analysis.problems if p.code == code]


# ---- UCI Online Retail -------------------------------------------------------------------------------------

UCI_HEAD = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]
# (invoice, stock code, description, quantity, date-time, unit price, customer or None, country)
UCI_ROWS = [
    ("536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, dt.datetime(2010, 12, 1, 8, 26), 2.55, 17850, "United Kingdom"),
    ("536365", "71053", "WHITE METAL LANTERN", 6, dt.datetime(2010, 12, 1, 8, 26), 3.39, 17850, "United Kingdom"),
    ("536366", "22633", "HAND WARMER UNION JACK", 6, dt.datetime(2010, 12, 1, 8, 28), 1.85, 17850, "United Kingdom"),
    ("536367", "84879", "ASSORTED COLOUR BIRD ORNAMENT", 32, dt.datetime(2010, 12, 1, 8, 34), 1.69, 13047, "United Kingdom"),
    ("C536379", "D", "Discount", -1, dt.datetime(2010, 12, 1, 9, 41), 27.50, 14527, "United Kingdom"),
    ("536381", "22719", "GUMBALL MONOCHROME COAT RACK", 2, dt.datetime(2010, 12, 13, 9, 41), 4.25, 14527, "United Kingdom"),
    ("C536391", "22556", "PLASTERS IN TIN CIRCUS PARADE", -12, dt.datetime(2010, 12, 1, 10, 24), 1.65, 17548, "United Kingdom"),
    ("536414", "22139", "", -56, dt.datetime(2010, 12, 1, 11, 52), 0.0, None, "United Kingdom"),
    ("536544", "21773", "DECORATIVE ROSE BATHROOM BOTTLE", 1, dt.datetime(2010, 12, 1, 14, 32), 2.51, None, "United Kingdom"),
    ("536370", "22728", "ALARM CLOCK BAKELIKE PINK", 24, dt.datetime(2011, 1, 5, 8, 45), 3.75, 12583, "France"),
    ("C536383", "35004C", "SET OF 3 COLOURED  FLYING DUCKS", -1, dt.datetime(2011, 1, 15, 9, 49), 4.65, 15311, "United Kingdom"),
    ("536384", "82484", "WOOD BLACK BOARD ANT WHITE FINISH", 3, dt.datetime(2011, 1, 15, 9, 53), 6.45, 17850, "United Kingdom"),
]


def uci_table(fmt: str) -> list[list[object]]:
    out: list[list[object]] = [UCI_HEAD]
    for inv, code, desc, q, when, price, cust, country in UCI_ROWS:
        # The UCI CSV writes month-first dates without leading zeros ("12/13/2010 9:41").
        date = when if fmt == "xlsx" else f"{when.month}/{when.day}/{when.year} {when.hour}:{when.minute:02d}"
        # In the UCI workbook invoice numbers are number cells, cancellations ("C536379") text cells.
        invoice = int(inv) if fmt == "xlsx" and inv.isdigit() else inv
        out.append([invoice, code, desc, q, date, price, cust, country])
    return out


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_uci_online_retail_amount_is_quantity_times_price_and_cancellations_are_refunds(tmp_path, fmt):
    a = analyse_file(str(write(tmp_path, fmt, uci_table(fmt))))
    s = a.summary
    # Revenue = sum of quantity x price over customers' lines, cancellations included:
    # Dec 15.30 + 20.34 + 11.10 + 54.08 - 27.50 + 8.50 - 19.80 = 62.02; Jan 90.00 - 4.65 + 19.35 = 104.70.
    assert s["revenue"] == pytest.approx(166.72)
    assert a.periods["revenue"].tolist() == pytest.approx([62.02, 104.70])
    # Orders = distinct non-cancelled invoices with a customer: 536365, 536366, 536367, 536381 | 536370, 536384.
    assert s["orders"] == 6 and a.periods["orders"].tolist() == [4, 2]
    # Customers with any line: 17850, 13047, 14527, 17548 (a cancellation only), 12583, 15311.
    assert s["customers"] == 6
    # Return rate = |negative quantities| / positive quantities: Dec 13 / 52, Jan 1 / 27 (guests left out).
    assert a.periods["units_sold"].tolist() == [52, 27] and a.periods["units_returned"].tolist() == [13, 1]
    assert a.periods["return_rate_pct"].tolist() == pytest.approx([25.0, 100 / 27])
    (guests,) = warnings_of(a, "guest_rows")
    assert guests.values == {"rows": 2, "amount": 2.51}
    imp = a.source.summary
    assert imp["layout"] == "UCI Online Retail" and imp["amount"] == "Quantity x UnitPrice"
    assert imp["rows_read"] == 12 and imp["rows_used"] == 10
    assert imp["left_out"] == [{"reason": "guest_rows", "rows": 2, "amount": 2.51}]
    if fmt == "csv":
        assert imp["date_order"] == {"order_date": "month_first"}  # "12/13/2010" decides it
    rows = [(str(c), w.date(), round(q * p, 10), inv) for inv, _, _, q, w, p, c, _ in UCI_ROWS if c is not None]
    check_reference(a, rows)


# ---- Shopify orders export ---------------------------------------------------------------------------------

SHOPIFY_HEAD = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1", "Shipping Address2",
    "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
    "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount", "Vendor",
    "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Phone",
    "Receipt Number", "Duties", "Billing Province Name", "Shipping Province Name", "Payment ID",
    "Payment Terms Name", "Next Payment Due At",
]


def shopify_line(name, email, created, qty, price, subtotal=None, total=None):
    row = {h: None for h in SHOPIFY_HEAD}
    row.update({"Name": name, "Email": email, "Created at": created, "Lineitem quantity": qty,
                "Lineitem price": price, "Lineitem name": "Tee", "Currency": "DKK", "Id": 5000 + int(name[1:])})
    if subtotal is not None:  # order-level cells on the order's first line only, as Shopify writes them
        row.update({"Financial Status": "paid", "Subtotal": subtotal, "Shipping": 39, "Taxes": subtotal * 0.2,
                    "Total": total if total is not None else subtotal + 39})
    return [row[h] for h in SHOPIFY_HEAD]


SHOPIFY_ROWS = [
    shopify_line("#1001", "Ann@Example.com ", "2024-01-31 23:30:00 +0100", 2, 100, subtotal=250),
    shopify_line("#1001", None, None, 1, 50),  # a later line of #1001: no e-mail, no date, no subtotal
    shopify_line("#1002", "ann@example.com", "2024-02-10 10:00:00 +0100", 1, 80, subtotal=80),
    shopify_line("#1003", " BO@example.dk", "2024-02-15 09:12:44 +0100", 1, 60, subtotal=120),
    shopify_line("#1003", " BO@example.dk", "2024-02-15 09:12:44 +0100", 2, 30),
    shopify_line("#1004", None, "2024-02-20 16:00:00 +0100", 1, 45, subtotal=45),  # a shop-counter guest
]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_shopify_orders_subtotal_on_first_line_emails_folded_and_guests_left_out(tmp_path, fmt):
    a = analyse_file(str(write(tmp_path, fmt, [SHOPIFY_HEAD, *SHOPIFY_ROWS])))
    s = a.summary
    # Ann (two spellings) and Bo; #1001, #1002, #1003; Subtotal (before shipping and VAT) 250 | 80 + 120.
    assert (s["customers"], s["orders"], s["revenue"]) == (2, 3, 450.0)
    assert a.periods["period"].tolist() == ["2024-01", "2024-02"]  # 23:30 +01:00 is still 31 January as written
    assert a.periods["revenue"].tolist() == [250.0, 200.0]
    assert a.periods["units_sold"].tolist() == [3, 4]  # 2 + 1 | 1 + (1 + 2); the guest line left out
    assert sorted(a.customers["customer_id"]) == ["ann@example.com", "bo@example.dk"]
    (guests,) = warnings_of(a, "guest_rows")
    assert guests.values == {"rows": 1, "amount": 45.0}
    imp = a.source.summary
    assert imp["layout"] == "Shopify orders export"
    assert imp["amount"] == 'I "Subtotal"' and imp["amount_alternatives"] == ['L "Total"']
    assert imp["customer_id"] == 'B "Email"' and imp["customer_id_is_email"] is True
    assert imp["blank_amounts_counted_as_zero"] == 2 and imp["filled_from_order"] == 2
    assert warnings_of(a, "unmapped_columns") == []  # a known layout's other columns are not "unrecognised"
    rows = [("ann@example.com", D(2024, 1, 31), 250.0, "#1001"), ("ann@example.com", D(2024, 1, 31), 0.0, "#1001"),
            ("ann@example.com", D(2024, 2, 10), 80.0, "#1002"), ("bo@example.dk", D(2024, 2, 15), 120.0, "#1003"),
            ("bo@example.dk", D(2024, 2, 15), 0.0, "#1003")]
    check_reference(a, rows)


def test_blank_amount_with_no_other_line_of_its_order_is_an_error_naming_the_row(tmp_path):
    path = write_xlsx(tmp_path / "o.xlsx", [["Order ID", "Customer", "Date", "Amount"],
                                            ["o1", "A", dt.datetime(2024, 1, 2), 10], ["o1", "A", dt.datetime(2024, 1, 2), None],
                                            ["o2", "B", dt.datetime(2024, 1, 3), None]])
    r = import_file(path)
    (err,) = r.errors
    assert (err.code, err.row, err.column_label) == ("blank_amount", 4, 'D "Amount"')
    assert r.summary["blank_amounts_counted_as_zero"] == 1


# ---- WooCommerce orders export -----------------------------------------------------------------------------

WOO_HEAD = [
    "order_id", "order_number", "order_number_formatted", "order_date", "status", "shipping_total",
    "shipping_tax_total", "fee_total", "fee_tax_total", "tax_total", "cart_discount", "order_discount",
    "discount_total", "order_total", "refunded_total", "order_currency", "payment_method", "shipping_method",
    "customer_id", "billing_first_name", "billing_last_name", "billing_full_name", "billing_company", "vat_number",
    "billing_email", "billing_phone", "billing_address_1", "billing_address_2", "billing_postcode", "billing_city",
    "billing_state", "billing_state_code", "billing_country", "shipping_first_name", "shipping_last_name",
    "shipping_full_name", "shipping_address_1", "shipping_address_2", "shipping_postcode", "shipping_city",
    "shipping_state", "shipping_state_code", "shipping_country", "shipping_company", "customer_note", "line_items",
    "shipping_items", "fee_items", "tax_items", "coupon_items", "refunds", "order_notes",
    "download_permissions_granted",
]


def woo_order(number, date, total, user_id, email):
    row = {h: None for h in WOO_HEAD}
    row.update({"order_id": 9000 + number, "order_number": number, "order_number_formatted": f"#{number}",
                "order_date": date, "status": "completed", "order_total": total, "order_currency": "SEK",
                "customer_id": user_id, "billing_email": email, "line_items": "name:Mug|quantity:1"})
    return [row[h] for h in WOO_HEAD]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_woocommerce_customers_are_billing_emails_not_the_user_id(tmp_path, fmt):
    rows = [woo_order(1001, "2024-01-05 10:00:00", 500, 0, "kim@x.dk"),  # a guest checkout: user id 0
            woo_order(1002, "2024-01-20 11:30:00", 300, 7, "KIM@x.dk"),
            woo_order(1003, "2024-02-03 12:00:00", 150, 8, "lis@y.se"),
            woo_order(1004, "2024-02-04 12:00:00", 200, 0, "ole@z.no")]
    a = analyse_file(str(write(tmp_path, fmt, [WOO_HEAD, *rows])))
    # Kim twice (user 0 and 7, same address), Lis, Ole: 3 customers; the user id would say 3 with Ole and Kim merged.
    assert (a.summary["customers"], a.summary["orders"], a.summary["revenue"]) == (3, 4, 1150.0)
    assert a.summary["rpr_pct"] == pytest.approx(100 / 3)
    imp = a.source.summary
    assert imp["layout"] == "WooCommerce orders export" and imp["amount"] == 'N "order_total"'
    assert imp["columns"]["order_id"] == 'B "order_number"'
    check_reference(a, [("kim@x.dk", D(2024, 1, 5), 500.0, 1001), ("kim@x.dk", D(2024, 1, 20), 300.0, 1002),
                        ("lis@y.se", D(2024, 2, 3), 150.0, 1003), ("ole@z.no", D(2024, 2, 4), 200.0, 1004)])


# ---- Danish and Swedish invoice lists ----------------------------------------------------------------------

DK_HEAD = ["Fakturanr.", "Fakturadato", "Forfaldsdato", "Kundenr.", "Kundenavn", "Beløb ekskl. moms", "Moms",
           "Beløb inkl. moms", "Valuta"]
DK_ROWS = [
    ["1001", "05.01.2024", "13.01.2024", "00131", "Hansen ApS", "1.000,00", "250,00", "1.250,00", "DKK"],
    ["1002", "20.01.2024", "28.01.2024", "00131", "Hansen ApS", "400,00", "100,00", "500,00", "DKK"],
    ["1003", "03.02.2024", "11.02.2024", "00245", "Jensen & Co", "2.000,00", "500,00", "2.500,00", "DKK"],
    ["1004", "10.02.2024", "18.02.2024", "00245", "Jensen & Co", "-400,00", "-100,00", "-500,00", "DKK"],  # kreditnota
]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_danish_invoice_list_uses_amount_excluding_vat_and_keeps_leading_zeros(tmp_path, fmt):
    rows = DK_ROWS
    if fmt == "xlsx":  # the workbook has number and date cells; the customer numbers stay text cells
        rows = [[int(r[0]), dt.datetime.strptime(r[1], "%d.%m.%Y"), dt.datetime.strptime(r[2], "%d.%m.%Y"), r[3], r[4],
                 *[float(x.replace(".", "").replace(",", ".")) for x in r[5:8]], r[8]] for r in DK_ROWS]
    path = write(tmp_path, fmt, [DK_HEAD, *rows], sep=";")
    a = analyse_file(str(path))
    # Ekskl. moms: Jan 1000 + 400; Feb 2000 - 400 (the credit note is a refund, not an order).
    assert a.periods["revenue"].tolist() == [1400.0, 1600.0]
    assert (a.summary["customers"], a.summary["orders"]) == (2, 3)
    assert sorted(a.customers["customer_id"]) == ["00131", "00245"]
    imp = a.source.summary
    assert imp["layout"] == "Danish invoice list (e-conomic, Dinero)"
    assert imp["amount"] == 'F "Beløb ekskl. moms"' and imp["amount_alternatives"] == ['H "Beløb inkl. moms"']
    assert imp["columns"]["order_date"] == 'B "Fakturadato"'  # not the due date
    assert imp["date_order"] == ({"order_date": "day_first"} if fmt == "csv" else {})
    check_reference(a, [("00131", D(2024, 1, 5), 1000.0, "1001"), ("00131", D(2024, 1, 20), 400.0, "1002"),
                        ("00245", D(2024, 2, 3), 2000.0, "1003"), ("00245", D(2024, 2, 10), -400.0, "1004")])


SE_HEAD = ["Fakturanummer", "Kundnummer", "Kundnamn", "Fakturadatum", "Förfallodatum", "Belopp exkl. moms", "Moms",
           "Totalt", "Valuta"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_swedish_invoice_list_uses_amount_excluding_vat(tmp_path, fmt):
    rows = [[5001, 101, "Berg AB", dt.datetime(2024, 3, 5), dt.datetime(2024, 4, 4), 800.0, 200.0, 1000.0, "SEK"],
            [5002, 102, "Lind HB", dt.datetime(2024, 3, 28), dt.datetime(2024, 4, 27), 1200.0, 300.0, 1500.0, "SEK"],
            [5003, 101, "Berg AB", dt.datetime(2024, 4, 2), dt.datetime(2024, 5, 2), 400.0, 100.0, 500.0, "SEK"]]
    if fmt == "csv":
        rows = [[r[0], r[1], r[2], r[3].strftime("%Y-%m-%d"), r[4].strftime("%Y-%m-%d"), *r[5:]] for r in rows]
    a = analyse_file(str(write(tmp_path, fmt, [SE_HEAD, *rows], sep=",")))
    assert a.periods["revenue"].tolist() == [2000.0, 400.0]
    assert a.periods["repeat_customers"].tolist() == [0, 1]
    imp = a.source.summary
    assert imp["layout"] == "Swedish invoice list (Fortnox, Visma)" and imp["amount"] == 'F "Belopp exkl. moms"'
    check_reference(a, [("101", D(2024, 3, 5), 800.0, 5001), ("102", D(2024, 3, 28), 1200.0, 5002),
                        ("101", D(2024, 4, 2), 400.0, 5003)])


# ---- price columns, e-mails, the amount rule without a known layout ----------------------------------------

def test_price_is_a_unit_price_with_a_quantity_column_and_the_amount_without_one(tmp_path):
    with_qty = write_xlsx(tmp_path / "q.xlsx", [["Kunde", "Dato", "Antal", "Pris pr. stk."], ["A", dt.datetime(2024, 1, 2), 3, 10.0],
                                                ["A", dt.datetime(2024, 1, 9), -1, 10.0]])
    r = import_file(with_qty)
    assert r.data["amount"].tolist() == [30.0, -10.0]  # the negative quantity is a refund
    assert r.summary["amount"] == "Antal x Pris pr. stk."
    plain = write_xlsx(tmp_path / "p.xlsx", [["Kunde", "Dato", "Pris"], ["A", dt.datetime(2024, 1, 2), 25.0]])
    r = import_file(plain)
    assert r.data["amount"].tolist() == [25.0] and r.summary["amount"] == 'C "Pris"'


def test_styckpris_without_quantity_is_no_amount(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", [["Kund", "Datum", "Styckpris"], ["A", dt.datetime(2024, 1, 2), 25.0]])
    with pytest.raises(InputError) as info:
        import_file(path, kind="transactions")
    assert [p.code for p in info.value.problems] == ["missing_column"]
    assert "--map amount=COLUMN" in str(info.value)


def test_generic_sheet_picks_the_amount_before_vat_and_records_the_choice(tmp_path):
    path = write_xlsx(tmp_path / "g.xlsx", [["Customer", "Date", "Total", "Amount", "Subtotal"],
                                            ["A", dt.datetime(2024, 1, 2), 125.0, 110.0, 100.0]])
    r = import_file(path)
    assert r.data["amount"].tolist() == [100.0]
    assert r.summary["amount"] == 'E "Subtotal"' and r.summary["amount_alternatives"] == ['C "Total"', 'D "Amount"']
    assert [p.code for p in r.problems] == []  # the other amount columns are named in the summary, not as unknown


def test_email_column_is_the_customer_only_without_an_id_column(tmp_path):
    rows = [["Kunde-ID", "E-mail", "Dato", "Beløb"], ["K1", "a@x.dk", dt.datetime(2024, 1, 2), 5],
            ["K2", "A@X.DK", dt.datetime(2024, 1, 3), 5]]
    r = import_file(write_xlsx(tmp_path / "e.xlsx", rows))
    assert r.data["customer_id"].tolist() == ["K1", "K2"] and r.summary["customer_id_is_email"] is False


def test_numeric_customer_ids_with_leading_zeros_stay_text_in_xlsx(tmp_path):
    rows = [["Kundenr.", "Dato", "Beløb"], ["00131", dt.datetime(2024, 1, 2), 5], [245, dt.datetime(2024, 1, 3), 5],
            [246, dt.datetime(2024, 1, 3), 5]]
    r = import_file(write_xlsx(tmp_path / "z.xlsx", rows))
    assert r.data["customer_id"].tolist() == ["00131", "245", "246"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_number_customer_ids_are_text_without_a_decimal_and_a_blank_one_is_a_guest(tmp_path, fmt):
    # As UCI's CustomerID: numbers (12346.0 read from a number cell) with blanks for guests; a fraction
    # (a typing slip) keeps its digits.
    day = dt.datetime(2024, 1, 2)
    rows = [["CustomerID", "InvoiceDate", "Amount"], [12346, day, 5], [None, day, 7], [12347.5, day, 5], [-3, day, 5],
            [12346, day, 5]]
    if fmt == "csv":
        rows = [[c.strftime("%Y-%m-%d") if isinstance(c, dt.datetime) else c for c in r] for r in rows]
    r = import_file(write(tmp_path, fmt, rows))
    assert r.data["customer_id"].tolist() == ["12346", "12347.5", "-3", "12346"]
    assert r.summary["left_out"] == [{"reason": "guest_rows", "rows": 1, "amount": 7.0}]


# ---- dates ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cells, order", [
    (["2024-01-31", "2024-01-31 14:05", "2024-01-31T23:59:59+02:00", "2024-01-31 00:30:00 -0500", "20240131"], None),
    (["31-01-2024", "31.01.2024 10:00", "31/01/2024", "05/02/2024 08:00"], "day_first"),
    (["01/31/2024", "02/05/2024 3:04 PM", "1/5/2024"], "month_first"),
], ids=["iso and yyyymmdd", "day first", "month first"])
def test_text_date_forms_read_as_the_calendar_date_written(tmp_path, cells, order):
    rows = [["Kunde", "Dato", "Beløb"]] + [[f"K{i}", c, 1] for i, c in enumerate(cells)]
    r = import_file(write_xlsx(tmp_path / "d.xlsx", rows))
    dates = r.data["order_date"].dt.strftime("%Y-%m-%d").tolist()
    if order == "month_first":
        assert dates == ["2024-01-31", "2024-02-05", "2024-01-05"]
    elif order == "day_first":
        assert dates == ["2024-01-31", "2024-01-31", "2024-01-31", "2024-02-05"]
    else:
        assert dates == ["2024-01-31"] * 5
    assert r.errors == [] and r.summary["date_order"] == ({"order_date": order} if order else {})


def test_excel_serials_and_yyyymmdd_numbers(tmp_path):
    rows = [["Kunde", "Dato", "Beløb"], ["A", 45322, 1], ["B", 20240131, 1], ["C", 45322.75, 1]]
    r = import_file(write_xlsx(tmp_path / "n.xlsx", rows))
    assert r.data["order_date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-01-31"] * 3


def test_undecidable_day_month_order_is_day_first_with_a_warning(tmp_path):
    rows = [["Kunde", "Dato", "Beløb"], ["A", "01/02/2024", 1], ["B", "03/04/2024", 1]]
    r = import_file(write_xlsx(tmp_path / "a.xlsx", rows))
    assert r.data["order_date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-02-01", "2024-04-03"]
    (w,) = [p for p in r.warnings if p.code == "ambiguous_day_month"]
    assert (w.row, w.values["value"]) == (2, "01/02/2024")
    assert r.summary["date_order"] == {"order_date": "day_first_assumed"}


def test_unreadable_dates_are_not_called_empty_in_the_lenient_path(tmp_path):
    # The GUI imports with strict=False: the date error must stay the importer's, not "this cell is empty".
    rows = [["Kunde", "Dato", "Beløb"], ["A", "2024-01-05", 1]] + [["B", f"31/02/20{i:02d}", 1] for i in range(25)]
    with pytest.raises(InputError) as info:
        analyse_file(str(write_xlsx(tmp_path / "u.xlsx", rows)), strict=False)
    codes = [p.code for p in info.value.problems]
    assert "missing_value" not in codes
    assert codes == ["not_a_date"] * 20 + ["more_problems"]
    assert info.value.problems[0].row == 3 and info.value.problems[-1].values == {"count": 5}


# ---- periods sheets ----------------------------------------------------------------------------------------

def test_totals_rows_are_left_out_with_a_warning_and_month_labels_are_dates(tmp_path):
    rows = [["Periode", "Kunder ved periodens start", "Omsætning"], ["januar 2025", 100, 1000], ["feb-25", 95, 900],
            ["marts 2025", 90, 800], ["I alt", 285, 2700], ["GRAND TOTAL", 285, 2700]]
    a = analyse_file(str(write_xlsx(tmp_path / "p.xlsx", rows)))
    assert a.periods["period"].tolist() == ["2025-01", "2025-02", "2025-03"]
    assert a.periods["days_in_period"].tolist() == [31, 28, 31]
    (w,) = warnings_of(a, "total_rows_left_out")
    assert (w.row, w.values) == (5, {"rows": 2, "label": "I alt"})
    assert a.source.summary["left_out"] == [{"reason": "total_rows", "rows": 2, "source_rows": [5, 6]}]


@pytest.mark.parametrize("label, month", [("januari 2025", "2025-01"), ("Jan 2025", "2025-01"), ("maj 2025", "2025-05"),
                                          ("jan-25", "2025-01"), ("Okt. 2024", "2024-10"), ("Summa", None)])
def test_month_labels_in_danish_swedish_and_english(tmp_path, label, month):
    rows = [["Period", "Intäkter"], ["2024-12", 5], [label, 10]]
    a = analyse_file(str(write_xlsx(tmp_path / "m.xlsx", rows)))
    assert a.periods["period"].tolist()[-1:] == ([month] if month else ["2024-12"])


def test_kind_periods_on_a_sheet_of_labels_fails_clearly(tmp_path, capsys):
    path = write_xlsx(tmp_path / "l.xlsx", [["Periode", "Note"], ["januar 2025", "x"], ["februar 2025", "y"]])
    assert main([str(path), "--kind", "periods"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("l.xlsx, sheet 'Data', column Period: a periods sheet needs at least one column of figures")


# ---- import summary: JSON and workbook; --map --------------------------------------------------------------

def test_import_summary_is_in_the_cli_json_and_the_result_workbook(tmp_path, capsys):
    path = write(tmp_path, "xlsx", uci_table("xlsx"))
    out_xlsx = tmp_path / "r.xlsx"
    assert main([str(path), "--json", "-o", str(out_xlsx)]) == 0
    doc = json.loads(capsys.readouterr().out)
    imp = doc["import"]
    assert imp["sheet"] == "Data" and imp["layout"] == "UCI Online Retail"
    assert imp["columns"] == {"order_id": 'A "InvoiceNo"', "quantity": 'D "Quantity"', "order_date": 'E "InvoiceDate"',
                              "unit_price": 'F "UnitPrice"', "customer_id": 'G "CustomerID"'}
    assert imp["amount"] == "Quantity x UnitPrice" and imp["rows_read"] == 12 and imp["rows_used"] == 10
    assert imp["left_out"] == [{"reason": "guest_rows", "rows": 2, "amount": 2.51}]
    ws = load_workbook(out_xlsx)["Summary"]
    cells = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert "Import" in cells
    assert cells["Recognised layout"] == "UCI Online Retail" and cells["Amount from"] == "Quantity x UnitPrice"
    assert cells["Rows read"] == 12 and cells["Rows used"] == 10
    assert cells["Left out: guest rows"] == "2 rows, net amount 2.51"
    assert cells["Column for customer_id"] == 'G "CustomerID"'


def test_map_by_header_and_by_letter(tmp_path, capsys):
    rows = [["Kunde", "Kontakt", "Dato", "Belob brutto", "Beløb netto"],
            ["K1", "A@x.dk", dt.datetime(2024, 1, 2), 125.0, 100.0], ["K2", "a@x.dk", dt.datetime(2024, 1, 5), 250.0, 200.0]]
    path = str(write_xlsx(tmp_path / "m.xlsx", rows))
    assert main([path, "--json", "--map", "amount=Beløb netto", "--map", "customer_id=B"]) == 1 - 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"]["revenue"] == 300.0
    assert doc["summary"]["customers"] == 2  # "Kontakt" is not an e-mail header: ids compared as written
    assert doc["import"]["columns"]["amount"] == 'E "Beløb netto"'
    assert main([path, "--json", "--map", "amount=D", "--map", "email=Kontakt", "--map", "customer_id=Kunde"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["revenue"] == 375.0


def test_map_names_unknown_roles_and_columns(tmp_path, capsys):
    path = str(write_xlsx(tmp_path / "m.xlsx", [["Kunde", "Dato", "Beløb"], ["K1", dt.datetime(2024, 1, 2), 1]]))
    assert main([path, "--map", "money=C"]) == 2
    assert "'money' is not a column role; use one of:" in capsys.readouterr().err
    assert main([path, "--map", "amount=Pris"]) == 2
    assert "there is no column 'Pris'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([path, "--map", "amount"])
    capsys.readouterr()


def test_missing_column_message_mentions_map(tmp_path, capsys):
    path = str(write_xlsx(tmp_path / "m.xlsx", [["Kunde", "Dato", "Noget"], ["K1", dt.datetime(2024, 1, 2), 1]]))
    assert main([path, "--kind", "transactions"]) == 2
    assert "--map amount=COLUMN" in capsys.readouterr().err


def test_json_import_key_is_plain_json(tmp_path):
    a = analyse_file(str(write(tmp_path, "csv", [DK_HEAD, *DK_ROWS], sep=";")))
    json.dumps(to_json(a), allow_nan=False)


def test_an_impossible_period_date_is_not_called_empty(tmp_path):
    rows = [["Periode", "Nye kunder"], ["31.01.2024", 3], ["31.02.2024", 4]]
    a = analyse_file(str(write_xlsx(tmp_path / "p.xlsx", rows)), strict=False)
    assert [(p.code, p.row) for p in a.errors] == [("not_a_date", 3)]
    assert a.periods["period"].tolist() == ["2024-01", "31.02.2024"]
