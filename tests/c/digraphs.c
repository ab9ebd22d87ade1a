%:include <stdio.h>
/* Digraphs (C99 6.4.6p3) stand for [ ] { } # ## outside literals;
 * inside string and character literals they are plain text. */
%:define PASTE(a, b) a %:%: b
/* #x keeps a digraph as it is written, as gcc does */
#define S(x) %:x
#define X(x) S(x)
#define HASH %:
#define AT(a, i) a<:i:>

int main(void)
<%
    int PASTE(val, ues)<:3:> = <%10, 20, 30%>;
    char pair<:2:> = <%'<', ':'%>;
    printf("%d %d <: :> <%% %%> %%: %c%c\n", values<:0:> + values<:2:>, 50 %25, pair<:0:>, pair<:1:>);
    printf("%s %s %s %s %s\n", S(<:), S(<: :> <% %> %: %:%:), X(HASH), X(AT(p, q)),
           X(PASTE(<, :)));
    return AT(values, 1);
%>
