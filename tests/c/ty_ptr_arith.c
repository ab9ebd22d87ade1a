#include <stdio.h>
#include <stddef.h>

struct rec { int id; short tag; char name[6]; };

int main(void) {
    int arr[10];
    struct rec recs[4];
    char buf[16];
    int *p, *q;
    ptrdiff_t d;
    int i;

    for (i = 0; i < 10; i++) arr[i] = i * i;
    p = arr + 2;
    q = &arr[9];
    d = q - p;
    printf("q-p=%d p-q=%d\n", (int)d, (int)(p - q));
    printf("*(p+3)=%d p[4]=%d 3[p]=%d\n", *(p + 3), p[4], 3[p]);
    printf("p<q %d p>q %d p==arr+2 %d p!=q %d\n", p < q, p > q, p == arr + 2, p != q);
    p += 4;
    printf("after += 4: *p=%d index=%d\n", *p, (int)(p - arr));
    p--;
    printf("after --: *p=%d\n", *p);
    printf("*p++=%d ", *p++);
    printf("*p=%d ", *p);
    printf("*--p=%d\n", *--p);

    for (i = 0; i < 4; i++) recs[i].id = 100 + i;
    {
        struct rec *r = recs, *end = recs + 4;
        printf("rec span=%d\n", (int)(end - r));
        printf("byte span ok=%d\n", (int)((char *)end - (char *)r) == (int)(4 * sizeof(struct rec)));
        r += 2;
        printf("r->id=%d (r-1)->id=%d\n", r->id, (r - 1)->id);
    }
    {
        char *c = buf, *e = buf + sizeof buf;
        int n = 0;
        while (c < e) { *c++ = (char)('a' + n % 26); n++; }
        buf[15] = 0;
        printf("buf=%s n=%d\n", buf, n);
        printf("strlen-ish=%d\n", (int)(&buf[15] - &buf[0]));
    }
    return 0;
}
