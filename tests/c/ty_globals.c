#include <stdio.h>

int g_count;                         /* zero */
int g_init = 42;
char g_name[8] = "global";
int g_arr[5] = { 1, 2 };             /* rest zero */
int *g_ptr = &g_arr[1];
static int file_local = -7;
struct cfg { int w, h; const char *title; } g_cfg = { 640, 480, "win" };
struct cfg g_zero_cfg;
const char *g_msgs[] = { "zero", "one", "two" };
int g_matrix[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };

static void touch(void) {
    g_count++;
    g_init -= 2;
    file_local *= 2;
    *g_ptr += 10;
}

int main(void) {
    int i;
    printf("g_count=%d g_init=%d g_name=%s file_local=%d\n", g_count, g_init, g_name, file_local);
    for (i = 0; i < 5; i++) printf("%d ", g_arr[i]);
    printf("\n");
    printf("cfg=%dx%d %s zero=%d %d %d\n", g_cfg.w, g_cfg.h, g_cfg.title, g_zero_cfg.w, g_zero_cfg.h,
           g_zero_cfg.title == 0);
    touch();
    touch();
    printf("g_count=%d g_init=%d file_local=%d g_arr[1]=%d\n", g_count, g_init, file_local, g_arr[1]);
    g_ptr = g_matrix[1];
    printf("g_ptr[2]=%d msgs[2]=%s\n", g_ptr[2], g_msgs[2]);
    g_name[0] = 'G';
    g_cfg.title = g_name;
    printf("title=%s\n", g_cfg.title);
    return 0;
}
